// A visitor made of lambdas, one per alternative of a variant: std::visit over it fails to
// compile when an alternative has no handler, so a new effect or action cannot be ignored.
#pragma once

namespace core {

template <class... Handlers>
struct Overload : Handlers... {
    using Handlers::operator()...;
};
template <class... Handlers>
Overload(Handlers...) -> Overload<Handlers...>;

} // namespace core
