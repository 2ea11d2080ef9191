// libqrencode wrapper.
#include "core/qr_code.h"

#include <qrencode.h>

namespace core {

QrMatrix encodeQr(const std::string& text) {
    QrMatrix m;
    QRcode* code = QRcode_encodeData(static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.data()), 0,
                                     QR_ECLEVEL_M);
    if (!code) return m;
    m.size = code->width;
    m.version = code->version;
    m.dark.resize(static_cast<size_t>(m.size) * static_cast<size_t>(m.size));
    for (size_t i = 0; i < m.dark.size(); ++i) m.dark[i] = code->data[i] & 1;
    QRcode_free(code);
    return m;
}

} // namespace core
