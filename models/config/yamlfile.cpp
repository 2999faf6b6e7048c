#include "config/yamlfile.h"

#include "config/endpointrules.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// Whether text can be written without quotes and reads back as the same string.
bool isPlainSafe(const QString &text, bool inFlow)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace() || text.endsWith(u':'))
        return false;
    if (inFlow && text.contains(u':'))
        return false;
    static const QString indicators = u"-?:,[]{}#&*!|>'\"%@`"_s;
    if (indicators.contains(text.front()))
        return false;
    if (text.contains(": "_L1) || text.contains(" #"_L1))
        return false;
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}'
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph
            || c.unicode() == 0x85 || c.unicode() == 0xfeff)
            return false;
    }
    static const QRegularExpression reserved(
        u"^(null|~|true|false|yes|no|on|off|y|n|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)(e[-+]?[0-9]+)?|0x[0-9a-f]+|0o[0-7]+|[-+]?\\.inf|\\.nan)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return !reserved.matchView(text).hasMatch();
}

} // namespace

const YamlFileReader::Entry *YamlFileReader::Mapping::find(QAnyStringView key) const
{
    const auto it = std::ranges::find_if(entries, [&](const Entry &e) { return QAnyStringView::equal(e.key, key); });
    return it == entries.end() ? nullptr : &*it;
}

YamlFileReader::YamlFileReader(const QString &fileName, const QString &topLevelExpected)
    : m_fileName(fileName)
    , m_topLevelExpected(topLevelExpected)
{
}

std::expected<QByteArray, QList<EndpointFileProblem>> YamlFileReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            QList {EndpointFileProblem {path, 0, QString(), tr("cannot read the file: %1").arg(file.errorString())}});
    }
    return file.readAll();
}

std::optional<YamlFileReader::Mapping> YamlFileReader::topLevel(
    const QByteArray &yaml, std::span<const QLatin1StringView> allowed, int currentVersion)
{
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception &error) {
        report(error.mark.is_null() ? 1 : error.mark.line + 1, QString(),
            tr("YAML syntax error: %1").arg(QString::fromStdString(error.msg)));
        return std::nullopt;
    }
    if (documents.empty() || documents.front().IsNull()) {
        report(1, QString(), tr("the file is empty"));
        return std::nullopt;
    }
    for (std::size_t i = 1; i < documents.size(); ++i)
        report(lineOf(documents[i], 1), QString(), tr("a second YAML document; a file holds only one"));
    auto top = mapping(documents.front(), 1, QString(), allowed);
    if (!top)
        return std::nullopt;

    if (const Entry *version = top->find("version"_L1)) {
        const auto number = integer(version->value, version->line, version->key, 1, std::numeric_limits<int>::max());
        if (number && *number != currentVersion) {
            m_problems.clear();
            report(version->line, version->key,
                tr("version %1 is not supported; this Leitstand reads version %2").arg(*number).arg(currentVersion));
            return std::nullopt;
        }
    } else {
        missing(1, QString(), "version"_L1);
    }
    return top;
}

QList<EndpointFileProblem> YamlFileReader::problems() const
{
    QList<EndpointFileProblem> sorted = m_problems;
    std::ranges::stable_sort(sorted, {}, &EndpointFileProblem::line);
    return sorted;
}

void YamlFileReader::report(int line, const QString &field, const QString &message)
{
    m_problems.append(EndpointFileProblem {m_fileName, line, field, message});
}

std::optional<YamlFileReader::Mapping> YamlFileReader::mapping(const YAML::Node &node, int line, const QString &path,
    std::span<const QLatin1StringView> allowed, std::span<const QLatin1StringView> letThrough)
{
    if (!node.IsMap()) {
        report(lineOf(node, line), path,
            path.isEmpty() ? m_topLevelExpected : tr("expected a mapping of keys and values"));
        return std::nullopt;
    }
    Mapping result;
    result.entries.reserve(node.size());
    for (auto it = node.begin(); it != node.end(); ++it) {
        Entry entry {QString(), it->first, it->second, 0};
        const int keyLine = lineOf(entry.keyNode, lineOf(node, line));
        // yaml-cpp places an empty value at the next token, often on a later line.
        entry.line = entry.value.IsNull() ? keyLine : lineOf(entry.value, keyLine);
        if (!entry.keyNode.IsScalar()) {
            report(keyLine, path, tr("a key must be a word"));
            continue;
        }
        entry.key = QString::fromStdString(entry.keyNode.Scalar());
        if (result.find(entry.key)) {
            report(keyLine, join(path, entry.key), tr("the key appears more than once"));
            continue;
        }
        if (!std::ranges::contains(allowed, entry.key) && !std::ranges::contains(letThrough, entry.key)) {
            reportUnknownKey(entry, path, allowed);
            continue;
        }
        result.entries.push_back(std::move(entry));
    }
    return result;
}

void YamlFileReader::reportUnknownKey(
    const Entry &entry, const QString &path, std::span<const QLatin1StringView> allowed)
{
    const int keyLine = lineOf(entry.keyNode, entry.line);
    const QString field = join(path, entry.key);
    QLatin1StringView closest;
    int closestDistance = 3; // more edits than this is not a typo but a different word
    for (QLatin1StringView candidate : allowed) {
        const int distance = editDistance(entry.key.toLower(), QString(candidate));
        if (distance < closestDistance) {
            closest = candidate;
            closestDistance = distance;
        }
    }
    if (closest.isEmpty()) {
        QStringList names;
        for (QLatin1StringView candidate : allowed)
            names.append(QString(candidate));
        report(keyLine, field, tr("unknown key; expected one of %1").arg(names.join(u", "_s)));
    } else {
        report(keyLine, field, tr("unknown key; did you mean \"%1\"?").arg(closest));
    }
}

void YamlFileReader::missing(int line, const QString &path, QLatin1StringView key)
{
    report(line, join(path, key), tr("this key is required"));
}

std::optional<QString> YamlFileReader::scalar(const YAML::Node &node, int line, const QString &path)
{
    if (node.IsNull()) {
        report(line, path, *EndpointRules::valueRequiredProblem());
        return std::nullopt;
    }
    if (!node.IsScalar()) {
        report(line, path, tr("expected a single value, not a list or mapping"));
        return std::nullopt;
    }
    return QString::fromStdString(node.Scalar());
}

std::optional<QString> YamlFileReader::text(const YAML::Node &node, int line, const QString &path)
{
    auto value = scalar(node, line, path);
    if (!value)
        return std::nullopt;
    if (const auto problem = EndpointRules::requiredTextProblem(*value)) {
        report(line, path, *problem);
        return std::nullopt;
    }
    return value;
}

std::optional<int> YamlFileReader::integer(
    const YAML::Node &node, int line, const QString &path, int minimum, int maximum)
{
    const auto value = scalar(node, line, path);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const qint64 number = value->toLongLong(&ok);
    if (!ok) {
        report(line, path, tr("expected a whole number"));
        return std::nullopt;
    }
    if (maximum == std::numeric_limits<int>::max() && number < minimum) {
        report(line, path, tr("must be at least %1").arg(minimum));
        return std::nullopt;
    }
    if (const auto problem = EndpointRules::numberRangeProblem(number, minimum, maximum)) {
        report(line, path, *problem);
        return std::nullopt;
    }
    return int(number);
}

std::optional<bool> YamlFileReader::boolean(const YAML::Node &node, int line, const QString &path)
{
    const auto value = scalar(node, line, path);
    if (!value)
        return std::nullopt;
    // Only the YAML 1.2 spellings: "no" is a country code and "off" a plausible value.
    if (value->compare("true"_L1, Qt::CaseInsensitive) == 0)
        return true;
    if (value->compare("false"_L1, Qt::CaseInsensitive) == 0)
        return false;
    report(line, path, tr("expected true or false"));
    return std::nullopt;
}

void YamlFileWriter::line(int depth, const QString &text)
{
    m_out += QString(qsizetype(depth) * 2, u' ') + text + u'\n';
}

void YamlFileWriter::value(int depth, QLatin1StringView key, const QString &text)
{
    line(depth, key + u": "_s + text);
}

QString YamlFileWriter::string(const QString &text, bool inFlow)
{
    return isPlainSafe(text, inFlow) ? text : doubleQuoted(text);
}

QString YamlFileWriter::doubleQuoted(const QString &text)
{
    QString result;
    result.reserve(text.size() + 2);
    result += u'"';
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            result += "\\\""_L1;
            break;
        case u'\\':
            result += "\\\\"_L1;
            break;
        case u'\n':
            result += "\\n"_L1;
            break;
        case u'\t':
            result += "\\t"_L1;
            break;
        case u'\r':
            result += "\\r"_L1;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85 || c.unicode() == 0xfeff
                || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                result += "\\u"_L1 + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                result += c;
        }
    }
    result += u'"';
    return result;
}

bool YamlFileWriter::save(const QString &path, const QByteArray &contents, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Leitstand
