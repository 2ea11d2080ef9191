// The interface string ids the app needs from the content's strings.toml.
#pragma once
#include <string>
#include <vector>

namespace core {

struct UiStringSpec {
    const char* id;
    const char* purpose;  // for content authors: where the string appears
};

const std::vector<UiStringSpec>& uiStringSpecs();

} // namespace core
