// Standard input as a terminal: whether it is one, and its echo turned off while a PIN is
// typed (`repere pin set`). termios on Linux, the console mode on Windows.
#pragma once

namespace io {

bool inputIsTerminal();

// While alive, what is typed on the terminal is not shown; the previous mode comes back
// when it goes. Does nothing when standard input is not a terminal.
class EchoOff {
public:
    EchoOff();
    ~EchoOff();
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    unsigned long saved_[16] = {};  // the system's saved mode, whatever its type
    bool changed_ = false;
};

} // namespace io
