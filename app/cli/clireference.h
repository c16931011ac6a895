// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace strata::cli {

/// What the shells and man need to know about strata, generated from the very parser
/// definitions the command line uses, so they cannot disagree with `strata --help`:
/// `strata completion bash`, `strata completion zsh` and `strata completion man`.
namespace CliReference {

std::string bashCompletion(const CLI::App &app);
std::string zshCompletion(const CLI::App &app);
/// A troff man page, strata(1): synopsis, global options, every command with its
/// arguments and options, exit status, environment, files.
std::string manPage(const CLI::App &app, const std::string &version);

} // namespace CliReference

} // namespace strata::cli
