// The fixed set of interface string ids the app draws. The text itself lives in the
// content's strings.toml, per language; this list is what the validator checks against.
#include "ui_strings.h"

namespace core {

const std::vector<UiStringSpec>& uiStringSpecs() {
    static const std::vector<UiStringSpec> specs = {
        // welcome and intro
        {"app_name", "Name shown on the welcome screen"},
        {"welcome_tagline", "What this is, in one line"},
        {"welcome_promise", "Anonymous, nothing is stored, about 5 minutes"},
        {"start", "Button: begin"},
        {"intro_title", "Title of the short intro"},
        {"intro_skip", "You can skip any question"},
        {"intro_quick_exit", "Quick exit is always there and clears everything"},
        {"intro_time", "How long it takes"},
        {"intro_go", "Button: go to the first question"},
        // every screen
        {"quick_exit", "Button: quick exit (short)"},
        {"text_size", "Button: switch text size (short)"},
        {"talk_to_team", "Line: the team at this stand can talk with you"},
        {"demo_mark", "Mark shown in demo mode"},
        // questions
        {"prefer_not_to_say", "Answer added to every question"},
        {"back", "Button: previous screen"},
        {"next", "Button: continue"},
        {"progress", "Progress, with {n} (current question) and {total} (expected total)"},
        // results and advice
        {"results_title", "Title of the results screen"},
        {"results_intro", "One line above the domain tiles"},
        {"level_not_assessed", "Tile word when a domain was not answered"},
        {"open_advice", "Hint on a tile: tap for advice"},
        {"advice_title", "Title above the advice cards of a domain"},
        {"advice_none", "Shown when a domain has no card for this person"},
        {"next_step", "Label before a card's next step"},
        {"crisis_title", "Title of the crisis banner"},
        {"crisis_body", "One line in the crisis banner"},
        {"see_services", "Button: go to the services"},
        // services
        {"services_title", "Title of the services screen"},
        {"services_intro", "One line above the services"},
        {"phone_only", "Shown instead of an address"},
        {"hours", "Label before opening hours"},
        {"sms", "Label before a text-message number"},
        {"sample_notice", "Notice when the directory holds example entries"},
        {"take_away", "Button: take this with you (QR code)"},
        {"finish", "Button: finish"},
        // take-away
        {"takeaway_title", "Title of the take-away screen"},
        {"takeaway_body", "Point your phone camera at the code"},
        {"takeaway_hide", "Button: hide the code"},
        {"takeaway_show", "Button: show the code again"},
        {"takeaway_private", "Nothing about your answers is in the code"},
        {"takeaway_header", "First line of the take-away text"},
        {"takeaway_footer", "Last line of the take-away text: from an anonymous kiosk"},
        {"takeaway_contacts", "Heading before contacts in the take-away text"},
        {"takeaway_crisis", "Heading before crisis lines in the take-away text"},
        {"call", "Label under a small QR that dials a number"},
        // end
        {"end_title", "Title of the end screen"},
        {"useful_question", "Was this useful?"},
        {"useful_yes", "Answer: yes"},
        {"useful_somewhat", "Answer: a bit"},
        {"useful_no", "Answer: no"},
        {"useful_thanks", "Shown after a usefulness tap"},
        {"restart", "Button: start again (clears everything)"},
        // idle and quick exit
        {"idle_title", "Still there?"},
        {"idle_body", "Countdown line, with {seconds}"},
        {"idle_stay", "Button: I am still here"},
        {"neutral_title", "Neutral screen after quick exit"},
        {"neutral_body", "Neutral line after quick exit"},
        {"neutral_continue", "Button on the neutral screen: back to the start"},
    };
    return specs;
}

} // namespace core
