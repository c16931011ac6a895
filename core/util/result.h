// SPDX-License-Identifier: MIT
#pragma once

#include "error.h"

#include <tl/expected.hpp>

namespace strata {

/// The return type of every fallible core call: a value or an Error. Never throws.
template<typename T>
using Result = tl::expected<T, Error>;

/// Builds the error side of a Result: `return fail(ErrorCode::Config, msg, hint);`
inline tl::unexpected<Error> fail(ErrorCode code, QString message, QString hint = {})
{
    return tl::unexpected<Error>(Error(code, std::move(message), std::move(hint)));
}

inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace strata

/// Returns the error of a failed Result<void> (or any Result) from the enclosing function.
#define STRATA_TRY(expr)                                                                            \
    do {                                                                                            \
        if (auto strataTryResult_ = (expr); !strataTryResult_)                                      \
            return ::strata::fail(std::move(strataTryResult_).error());                             \
    } while (false)

/// Declares `var` as the Result of @p expr, returning its error from the enclosing function.
/// Use `*var` or `var->` for the value.
#define STRATA_ASSIGN_OR_RETURN(var, expr)                                                          \
    auto var = (expr);                                                                              \
    if (!var)                                                                                       \
    return ::strata::fail(std::move(var).error())
