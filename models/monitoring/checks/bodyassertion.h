#pragma once

#include "monitoring/endpoint.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace Leitstand {

// Why the body does not satisfy the assertion (untranslated, for CheckResult::detail), or an empty
// string if it does. An assertion of kind None always passes.
QString bodyAssertionFailure(const BodyAssertion &assertion, QByteArrayView body);

// The value at an RFC 6901 JSON pointer ("" is the whole document, "/a/0/b~1c" a nested member),
// or nothing if the pointer is malformed or leads nowhere.
std::optional<QJsonValue> jsonPointerValue(const QJsonValue &root, QStringView pointer);

} // namespace Leitstand
