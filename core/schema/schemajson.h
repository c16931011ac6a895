// SPDX-License-Identifier: MIT
#pragma once

#include "schema.h"

#include "util/result.h"

#include <QJsonObject>

namespace strata::SchemaJson {

/// @p schema as JSON, every field kept: what the head-schema cache stores.
QJsonObject toJson(const Schema &schema);
/// The schema toJson() wrote; ErrorCode::Io when @p json is not one.
Result<Schema> fromJson(const QJsonObject &json);

} // namespace strata::SchemaJson
