#pragma once

#include "config/endpointfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <expected>
#include <optional>
#include <span>
#include <vector>

namespace Leitstand {

// What the definition files (the endpoint file, the catalog file) share in reading their YAML:
// one document whose top level is a mapping with a version, mappings whose keys are all known,
// scalars of the expected type, and every problem with its line and field path. Only the readers
// in models/config/ use it; nothing outside sees yaml-cpp.
class YamlFileReader
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::YamlFileReader)

public:
    struct Entry
    {
        QString key;
        YAML::Node keyNode;
        YAML::Node value;
        int line = 0; // of the value, or of the key where the value has no position
    };

    struct Mapping
    {
        std::vector<Entry> entries;
        const Entry *find(QAnyStringView key) const;
    };

    // topLevelExpected is the message for a top level that is no mapping, naming its keys.
    YamlFileReader(const QString &fileName, const QString &topLevelExpected);

    // The file's contents, or a problem with line 0 if it cannot be read.
    static std::expected<QByteArray, QList<EndpointFileProblem>> readFile(const QString &path);

    // The top-level mapping of the file's one document with the allowed keys. std::nullopt after a
    // syntax error, for an empty file, a top level that is no mapping, or a version other than
    // currentVersion (which replaces every other problem: checking a file of an unknown format
    // would only add noise).
    std::optional<Mapping> topLevel(
        const QByteArray &yaml, std::span<const QLatin1StringView> allowed, int currentVersion);

    // Every problem so far, ordered by line.
    QList<EndpointFileProblem> problems() const;
    qsizetype problemCount() const { return m_problems.size(); }
    bool hasProblems() const { return !m_problems.isEmpty(); }

    static int lineOf(const YAML::Node &node, int fallback)
    {
        return node.Mark().is_null() ? fallback : node.Mark().line + 1;
    }
    static QString join(const QString &path, const auto &key)
    {
        return path.isEmpty() ? QString(key) : path + u'.' + key;
    }
    static QString index(const QString &path, qsizetype i) { return path + u'[' + QString::number(i) + u']'; }

    void report(int line, const QString &field, const QString &message);

    // The entries of a mapping whose keys are all allowed; an unknown key, one that appears twice
    // or one that is no word is reported and left out. Keys in letThrough are passed on too, for
    // the caller to refuse with a better message than "unknown key", and never suggested.
    std::optional<Mapping> mapping(const YAML::Node &node, int line, const QString &path,
        std::span<const QLatin1StringView> allowed, std::span<const QLatin1StringView> letThrough = {});
    void missing(int line, const QString &path, QLatin1StringView key);

    std::optional<QString> scalar(const YAML::Node &node, int line, const QString &path);
    // A scalar that is not empty or blank.
    std::optional<QString> text(const YAML::Node &node, int line, const QString &path);
    std::optional<int> integer(const YAML::Node &node, int line, const QString &path, int minimum, int maximum);
    std::optional<bool> boolean(const YAML::Node &node, int line, const QString &path);

private:
    void reportUnknownKey(const Entry &entry, const QString &path, std::span<const QLatin1StringView> allowed);

    QString m_fileName;
    QString m_topLevelExpected;
    QList<EndpointFileProblem> m_problems;
};

// Writes a definition file line by line, indenting by two spaces a level.
class YamlFileWriter
{
public:
    QByteArray finish() { return m_out.toUtf8(); }

    void line(int depth, const QString &text);
    void value(int depth, QLatin1StringView key, const QString &text);

    // Text as a YAML scalar that reads back as the same string: plain where that is safe, double
    // quoted otherwise. Inside [ ] and { } (inFlow) a colon is always quoted, because readers
    // differ on "a:b" there.
    static QString string(const QString &text, bool inFlow = false);
    static QString doubleQuoted(const QString &text);

    // Replaces the file atomically; on failure the old file is untouched and *error says why.
    static bool save(const QString &path, const QByteArray &contents, QString *error);

private:
    QString m_out;
};

} // namespace Leitstand
