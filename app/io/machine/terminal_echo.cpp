// Terminal echo through termios (Linux).
#include "io/machine/terminal_echo.h"

#include <termios.h>
#include <unistd.h>

#include <cstring>

namespace io {

static_assert(sizeof(termios) <= sizeof(unsigned long) * 16, "EchoOff keeps a termios");

bool inputIsTerminal() { return isatty(STDIN_FILENO) != 0; }

EchoOff::EchoOff() {
    termios saved{};
    if (tcgetattr(STDIN_FILENO, &saved) != 0) return;
    std::memcpy(saved_, &saved, sizeof saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    changed_ = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
}

EchoOff::~EchoOff() {
    if (!changed_) return;
    termios saved{};
    std::memcpy(&saved, saved_, sizeof saved);
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
}

} // namespace io
