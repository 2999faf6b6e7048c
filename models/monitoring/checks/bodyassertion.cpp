#include "monitoring/checks/bodyassertion.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// Compiling a pattern costs far more than matching it, and one endpoint is checked many times: keep
// the compiled expressions of this thread, bounded so that edited patterns do not pile up.
const QRegularExpression &compiledExpression(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    constexpr qsizetype maximumEntries = 512;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        if (cache.size() >= maximumEntries)
            cache.clear();
        it = cache.insert(pattern, QRegularExpression(pattern));
    }
    return *it;
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isNull())
        return u"null"_s;
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble());
    return u"undefined"_s;
}

} // namespace

std::optional<QJsonValue> jsonPointerValue(const QJsonValue &root, QStringView pointer)
{
    if (pointer.isEmpty())
        return root;
    if (!pointer.startsWith(u'/'))
        return std::nullopt;
    QJsonValue current = root;
    for (QStringView token : pointer.mid(1).tokenize(u'/')) {
        QString key = token.toString();
        key.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(key);
            if (it == object.constEnd())
                return std::nullopt;
            current = *it;
        } else if (current.isArray()) {
            // RFC 6901: decimal digits without leading zeros; "-" (past the end) never has a value.
            const bool digitsOnly
                = !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.isDigit(); });
            if (!digitsOnly || (key.size() > 1 && key.startsWith(u'0')))
                return std::nullopt;
            bool ok = false;
            const qsizetype index = key.toLongLong(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index >= array.size())
                return std::nullopt;
            current = array.at(index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

QString bodyAssertionFailure(const BodyAssertion &assertion, QByteArrayView body)
{
    switch (assertion.kind) {
    case BodyAssertion::Kind::None:
        return {};
    case BodyAssertion::Kind::Substring:
        if (body.indexOf(assertion.pattern.toUtf8()) >= 0)
            return {};
        return u"body does not contain \"%1\""_s.arg(assertion.pattern);
    case BodyAssertion::Kind::RegularExpression: {
        const QRegularExpression &expression = compiledExpression(assertion.pattern);
        if (!expression.isValid())
            return u"invalid regular expression \"%1\": %2"_s.arg(assertion.pattern, expression.errorString());
        if (expression.match(QString::fromUtf8(body)).hasMatch())
            return {};
        return u"body does not match /%1/"_s.arg(assertion.pattern);
    }
    case BodyAssertion::Kind::JsonPointer: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError)
            return u"body is not JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset);
        const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        const std::optional<QJsonValue> value = jsonPointerValue(root, assertion.pattern);
        if (!value)
            return u"JSON pointer %1 has no value"_s.arg(assertion.pattern);
        if (*value == assertion.expected)
            return {};
        return u"JSON pointer %1 is %2, expected %3"_s.arg(
            assertion.pattern, compactJson(*value), compactJson(assertion.expected));
    }
    }
    Q_UNREACHABLE_RETURN(QString());
}

} // namespace Leitstand
