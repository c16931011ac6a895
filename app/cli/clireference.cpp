// SPDX-License-Identifier: MIT
#include "clireference.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <sstream>

namespace strata::cli::CliReference {

namespace {

/// The commands a user sees: not the hidden ones (an empty group).
std::vector<const CLI::App *> commands(const CLI::App &app)
{
    return app.get_subcommands([](const CLI::App *command) { return !command->get_group().empty(); });
}

std::vector<const CLI::Option *> flagsAndOptions(const CLI::App &app)
{
    return app.get_options([](const CLI::Option *option) { return option->nonpositional(); });
}

std::vector<const CLI::Option *> arguments(const CLI::App &app)
{
    return app.get_options([](const CLI::Option *option) { return option->get_positional(); });
}

/// "-m --message": every spelling of an option.
std::vector<std::string> spellings(const CLI::Option &option)
{
    std::vector<std::string> names;
    for (const std::string &name : option.get_snames())
        names.push_back("-" + name);
    for (const std::string &name : option.get_lnames())
        names.push_back("--" + name);
    return names;
}

bool takesValue(const CLI::Option &option)
{
    return option.get_expected_max() > 0; // a flag expects no value
}

/// The word shown for an option's value: DIR for --directory, else the option's own name.
std::string valueName(const CLI::Option &option)
{
    std::string name = option.get_lnames().empty() ? option.get_name() : option.get_lnames().front();
    if (name == "directory")
        return "DIR";
    if (name == "database-url" || name == "into")
        return "URL";
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    return name;
}

std::string joined(const std::vector<std::string> &words, const std::string &separator = " ")
{
    std::string text;
    for (const std::string &word : words)
        text += (text.empty() ? "" : separator) + word;
    return text;
}

/// A text for troff: backslashes and hyphens escaped, no line starting with a control character.
std::string troff(const std::string &text)
{
    std::string escaped;
    for (char c : text) {
        if (c == '\\')
            escaped += "\\e";
        else if (c == '-')
            escaped += "\\-";
        else
            escaped += c;
    }
    if (!escaped.empty() && (escaped.front() == '.' || escaped.front() == '\''))
        escaped.insert(0, "\\&");
    return escaped;
}

/// A description inside a zsh _arguments spec: [ ] : and quotes would end it.
std::string zshText(const std::string &text)
{
    std::string escaped;
    for (char c : text) {
        if (c == '[' || c == ']' || c == ':' || c == '\\')
            escaped += '\\';
        if (c == '\'')
            escaped += "'\\''";
        else
            escaped += c;
    }
    return escaped;
}

/// The zsh completer for an option's or argument's value.
std::string zshValue(const std::string &name)
{
    if (name == "directory" || name == "DIR")
        return ":directory:_directories";
    if (name == "connection")
        return ":connection:_strata_connections";
    if (name == "TARGET" || name == "REV" || name == "REVS" || name == "to")
        return ":revision:_strata_revisions";
    return ":" + name + ":";
}

std::string zshOptionSpecs(const CLI::App &app, const std::string &indent)
{
    std::ostringstream out;
    for (const CLI::Option *option : flagsAndOptions(app)) {
        const std::vector<std::string> names = spellings(*option);
        const std::string value = takesValue(*option)
            ? zshValue(option->get_lnames().empty() ? valueName(*option) : option->get_lnames().front())
            : "";
        const std::string description = "[" + zshText(option->get_description()) + "]";
        if (names.size() == 1) {
            out << indent << "'" << names.front() << (takesValue(*option) ? "=" : "") << description << value
                << "' \\\n";
        } else {
            out << indent << "'(" << joined(names) << ")'{" << joined(names, ",") << "}'" << description << value
                << "' \\\n";
        }
    }
    for (const CLI::Option *argument : arguments(app)) {
        const bool many = argument->get_expected_max() > 1;
        out << indent << "'" << (many ? "*" : "") << zshValue(argument->get_name()) << "' \\\n";
    }
    return out.str();
}

/// The program's description without its "Strata: " lead, for the man page's NAME line.
std::string summary(const CLI::App &app)
{
    std::string text = app.get_description();
    const std::string lead = "Strata: ";
    if (text.rfind(lead, 0) == 0)
        text.erase(0, lead.size());
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text;
}

} // namespace

std::string bashCompletion(const CLI::App &app)
{
    std::ostringstream out;
    std::vector<std::string> names;
    for (const CLI::App *command : commands(app))
        names.push_back(command->get_name());
    std::vector<std::string> global;
    for (const CLI::Option *option : flagsAndOptions(app)) {
        for (const std::string &name : spellings(*option))
            global.push_back(name);
    }
    out << "# bash completion for strata, generated by 'strata completion bash': do not edit.\n"
           "# Install: strata completion bash > ~/.local/share/bash-completion/completions/strata\n\n"
           "_strata_revisions() {\n"
           "    # The ids in the revision files' names (YYYYMMDD_HHMM-<id>_<slug>.sql), and the words.\n"
           "    local file ids=\"head heads base\"\n"
           "    for file in migrations/versions/*.sql; do\n"
           "        [[ -e $file ]] || continue\n"
           "        file=${file##*/}; file=${file#*-}; ids+=\" ${file%%_*}\"\n"
           "    done\n"
           "    echo \"$ids\"\n"
           "}\n\n"
           "_strata_connections() {\n"
           "    [[ -f strata.toml ]] && sed -n 's/^\\[connections\\.\\([^]]*\\)\\].*/\\1/p' strata.toml\n"
           "}\n\n"
           "_strata() {\n"
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
           "    local commands=\""
        << joined(names) << "\"\n"
        << "    local global=\"" << joined(global) << "\"\n"
        << "    local command=\"\" word\n"
           "    for word in \"${COMP_WORDS[@]:1:COMP_CWORD-1}\"; do\n"
           "        [[ \" $commands \" == *\" $word \"* ]] && { command=$word; break; }\n"
           "    done\n"
           "    case $prev in\n"
           "        -C|--directory) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n"
           "        -c|--connection) COMPREPLY=($(compgen -W \"$(_strata_connections)\" -- \"$cur\")); return ;;\n"
           "        --to) COMPREPLY=($(compgen -W \"$(_strata_revisions)\" -- \"$cur\")); return ;;\n"
           "    esac\n"
           "    case $command in\n"
           "        \"\") COMPREPLY=($(compgen -W \"$commands $global\" -- \"$cur\")) ;;\n";
    for (const CLI::App *command : commands(app)) {
        std::vector<std::string> options;
        for (const CLI::Option *option : flagsAndOptions(*command)) {
            for (const std::string &name : spellings(*option))
                options.push_back(name);
        }
        bool revisions = false;
        bool directory = false;
        for (const CLI::Option *argument : arguments(*command)) {
            const std::string name = argument->get_name();
            revisions = revisions || name == "TARGET" || name == "REV" || name == "REVS";
            directory = directory || name == "DIR";
        }
        out << "        " << command->get_name() << ") COMPREPLY=($(compgen -W \"" << joined(options) << " $global"
            << (revisions ? " $(_strata_revisions)" : "") << "\" -- \"$cur\")"
            << (directory ? " $(compgen -d -- \"$cur\")" : "") << ") ;;\n";
    }
    out << "    esac\n"
           "}\n"
           "complete -F _strata strata\n";
    return out.str();
}

std::string zshCompletion(const CLI::App &app)
{
    std::ostringstream out;
    out << "#compdef strata\n"
           "# zsh completion for strata, generated by 'strata completion zsh': do not edit.\n"
           "# Install: strata completion zsh > \"${fpath[1]}/_strata\"\n\n"
           "_strata_revisions() {\n"
           "    local -a ids\n"
           "    ids=(head heads base ${${${(f)\"$(print -l migrations/versions/*.sql(N:t))\"}#*-}%%_*})\n"
           "    _describe -t revisions 'revision' ids\n"
           "}\n\n"
           "_strata_connections() {\n"
           "    local -a names\n"
           "    [[ -f strata.toml ]] && names=(${(f)\"$(sed -n 's/^\\[connections\\.\\([^]]*\\)\\].*/\\1/p' strata.toml)\"})\n"
           "    _describe -t connections 'connection' names\n"
           "}\n\n"
           "_strata() {\n"
           "    local curcontext=$curcontext state line\n"
           "    local -a commands\n"
           "    commands=(\n";
    for (const CLI::App *command : commands(app))
        out << "        '" << command->get_name() << ":" << zshText(command->get_description()) << "'\n";
    out << "    )\n"
           "    _arguments -C \\\n"
        << zshOptionSpecs(app, "        ")
        << "        '1: :->command' \\\n"
           "        '*:: :->arguments'\n"
           "    case $state in\n"
           "        command) _describe -t commands 'strata command' commands ;;\n"
           "        arguments)\n"
           "            case $words[1] in\n";
    for (const CLI::App *command : commands(app)) {
        out << "                " << command->get_name() << ")\n"
            << "                    _arguments \\\n"
            << zshOptionSpecs(*command, "                        ") << "                        && return ;;\n";
    }
    out << "            esac ;;\n"
           "    esac\n"
           "}\n\n"
           "_strata \"$@\"\n";
    return out.str();
}

std::string manPage(const CLI::App &app, const std::string &version)
{
    std::ostringstream out;
    const auto optionItem = [&out](const CLI::Option &option) {
        std::vector<std::string> names;
        for (const std::string &name : spellings(option))
            names.push_back("\\fB" + troff(name) + "\\fR");
        out << ".TP\n" << joined(names, ", ") << (takesValue(option) ? " \\fI" + troff(valueName(option)) + "\\fR" : "")
            << "\n" << troff(option.get_description()) << "\n";
    };
    out << ".\\\" Generated by 'strata completion man': do not edit.\n"
           ".TH STRATA 1 \"\" \"strata " << troff(version) << "\" \"User Commands\"\n"
           ".SH NAME\n"
           "strata \\- " << troff(summary(app)) << "\n"
           ".SH SYNOPSIS\n"
           ".B strata\n"
           "[\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR] [\\fIOPTIONS\\fR]\n"
           ".SH DESCRIPTION\n"
           "Strata keeps a database schema in plain-SQL revision files that form a graph with "
           "branches and merges. It generates them from the models (the desired schema as DDL), "
           "reviews them, applies and rolls them back, and backs up before it migrates production.\n"
           ".SH GLOBAL OPTIONS\n";
    for (const CLI::Option *option : flagsAndOptions(app))
        optionItem(*option);
    out << ".SH COMMANDS\n";
    for (const CLI::App *command : commands(app)) {
        std::vector<std::string> words{"\\fB" + troff(command->get_name()) + "\\fR"};
        for (const CLI::Option *argument : arguments(*command))
            words.push_back("[\\fI" + troff(argument->get_name()) + "\\fR]");
        out << ".SS " << joined(words) << "\n" << troff(command->get_description()) << "\n";
        for (const CLI::Option *option : flagsAndOptions(*command)) {
            if (option->get_lnames() != std::vector<std::string>{"help"})
                optionItem(*option);
        }
    }
    out << ".SH EXIT STATUS\n"
           ".TP\n0\nSuccess.\n"
           ".TP\n1\nA check found something: pending migrations, model changes, drift, review errors, several heads.\n"
           ".TP\n2\nA usage or configuration error.\n"
           ".TP\n3\nA database error.\n"
           ".TP\n4\nAn integrity error: the revision graph, an edited or a failed migration.\n"
           ".TP\n5\nThe migration lock was not obtained.\n"
           ".TP\n6\nA backup or restore failed.\n"
           ".SH ENVIRONMENT\n"
           ".TP\n\\fBDATABASE_URL\\fR\nThe database, unless \\fB\\-d\\fR or \\fB\\-c\\fR chooses one.\n"
           ".TP\n\\fBPGPASSWORD\\fR, \\fBPGPASSFILE\\fR\nPostgreSQL passwords, as libpq reads them.\n"
           ".TP\n\\fBSTRATA_PG_BINDIR\\fR\nWhere pg_dump, pg_restore and psql are, when not the newest installed.\n"
           ".SH FILES\n"
           ".TP\n\\fIstrata.toml\\fR\nThe project's configuration, found by walking up from the working directory.\n"
           ".TP\n\\fImigrations/versions/\\fR\nThe revision files.\n"
           ".TP\n\\fImodels/*.sql\\fR\nThe desired schema, as DDL.\n"
           ".SH SEE ALSO\n"
           "\\fBstrata\\-studio\\fR(1); the guide in /usr/share/doc/strata.\n";
    return out.str();
}

} // namespace strata::cli::CliReference
