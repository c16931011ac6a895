// SPDX-License-Identifier: MIT
// QScintilla's headers use Qt's bare `slots` and `signals` keywords, which Strata builds
// without (QT_NO_KEYWORDS). Include QScintilla through this header only.
#pragma once

#define slots Q_SLOTS
#define signals Q_SIGNALS
#include <Qsci/qsciapis.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>
#include <Qsci/qscistyledtext.h>
#undef signals
#undef slots
