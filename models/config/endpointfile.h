#pragma once

#include "monitoring/endpoint.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <expected>
#include <functional>

namespace Leitstand {

// One thing wrong with an endpoint file, located as precisely as the file allows.
struct EndpointFileProblem
{
    QString file;
    int line = 0; // 1-based; 0 when the problem is the file as a whole (it cannot be read)
    QString field; // a path such as endpoints[3].http.expect_status; empty for syntax errors
    QString message; // translated

    // "file:line: field: message"; the line and field are left out when there are none.
    QString toString() const;
    friend bool operator==(const EndpointFileProblem &, const EndpointFileProblem &) = default;
};

// The versioned YAML file of endpoint definitions that `leitstand import` reads and export writes.
// The format is described in docs/endpoint-file.md. A file is taken whole or not at all: any
// problem refuses it, and every problem found is reported, so that one round of fixes suffices.
class EndpointFile final
{
public:
    static constexpr int currentVersion = 1;

    using Result = std::expected<QList<Endpoint>, QList<EndpointFileProblem>>;
    // Told how many of the file's endpoints have been read so far, after each one.
    using Progress = std::function<void(qsizetype done, qsizetype total)>;

    // The endpoints in file order, without database ids; or every problem, ordered by line.
    static Result parse(const QByteArray &yaml, const QString &fileName, const Progress &progress = {});
    // As parse(), and a problem with line 0 if the file cannot be read.
    static Result read(const QString &path, const Progress &progress = {});

    // A file that parse() reads back to the same definitions (Endpoint::sameDefinition), ordered
    // by service and name, leaving out every value equal to its default. Settings that do not
    // apply to an endpoint's kind (DNS settings of an HTTP endpoint, ...) are not written.
    static QByteArray write(const QList<Endpoint> &endpoints);
    // Replaces the file atomically; on failure the old file is untouched and *error says why.
    static bool writeFile(const QString &path, const QList<Endpoint> &endpoints, QString *error);
};

} // namespace Leitstand
