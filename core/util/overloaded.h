// SPDX-License-Identifier: MIT
#pragma once

namespace strata {

/// One visitor from several lambdas, for std::visit: `std::visit(Overloaded{[](A) {}, [](B) {}}, v)`.
template<typename... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<typename... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace strata
