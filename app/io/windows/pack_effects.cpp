// The team panel's content tab on Windows: packs are applied on Linux kiosks only (the
// symlink layout of repere-update-content has no Windows form yet). Looking for packs says
// so, and the tab explains how this build's content is updated; any other request says it
// cannot be done here and changes nothing.
#include "io/effects.h"

namespace io {
namespace {
core::Action notHere() { return core::action::Team{core::team::Message{"pack_apply_failed", "Windows"}}; }
} // namespace

void EffectRunner::findPacks(core::Kiosk& kiosk) const {
    core::action::PacksFound none;
    none.packsApplyHere = false;
    core::apply(kiosk, none);
}
void EffectRunner::showPack(core::Kiosk& kiosk, const std::string&) { core::apply(kiosk, notHere()); }
void EffectRunner::applyPack(core::Kiosk& kiosk, const std::string&) { core::apply(kiosk, notHere()); }
void EffectRunner::restorePrevious(core::Kiosk& kiosk) { core::apply(kiosk, notHere()); }
bool EffectRunner::runInstalled(core::Kiosk&, const std::string&) { return false; }

} // namespace io
