// The kiosk's screens, one value each (flycast's GuiState habit). Apart from kiosk.h so
// that the person's state (person.h) can say which screen the friend guide returns to.
#pragma once

namespace core {

// One screen per value; the UI has one view per screen.
enum class Screen {
    Welcome, Intro, Question, Results, Advice, Services, TakeAway, End, Neutral, TeamPin, TeamPanel,
    Emergency,    // a crisis answer stopped the questionnaire: its numbers and what to do now
    FriendGuide,  // "a friend is not well": first aid, over the welcome or a question
};

} // namespace core
