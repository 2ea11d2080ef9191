// libqrencode wrapper.
#include "core/assessment/qr_code.h"

#include <qrencode.h>

namespace core {

namespace {
constexpr unsigned kEciUtf8 = 26;  // tells readers the bytes are UTF-8 (« é ’ would be garbled otherwise)

bool isAscii(const std::string& text) {
    for (unsigned char c : text) if (c >= 0x80) return false;
    return true;
}

QRecLevel levelOf(QrLevel level) {
    switch (level) {
    case QrLevel::L: return QR_ECLEVEL_L;
    case QrLevel::M: return QR_ECLEVEL_M;
    case QrLevel::Q: return QR_ECLEVEL_Q;
    case QrLevel::H: return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

} // namespace

QrMatrix encodeQr(const std::string& text, QrLevel level) {
    QrMatrix m;
    QRinput* input = QRinput_new2(0, levelOf(level));
    if (!input) return m;
    const bool ok = (isAscii(text) || QRinput_appendECIheader(input, kEciUtf8) == 0) &&
                    QRinput_append(input, QR_MODE_8, static_cast<int>(text.size()),
                                   reinterpret_cast<const unsigned char*>(text.data())) == 0;
    QRcode* code = ok ? QRcode_encodeInput(input) : nullptr;
    QRinput_free(input);
    if (!code) return m;
    m.size = code->width;
    m.version = code->version;
    m.dark.resize(static_cast<size_t>(m.size) * static_cast<size_t>(m.size));
    for (size_t i = 0; i < m.dark.size(); ++i) m.dark[i] = code->data[i] & 1;
    QRcode_free(code);
    return m;
}

} // namespace core
