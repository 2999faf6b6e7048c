#pragma once

#include "config/endpointrules.h"
#include "monitoring/endpoint.h"

#include <QList>
#include <QString>

namespace Leitstand {

class EndpointNames;

// What the endpoint editor's fields hold: a definition whose durations, sizes and lists are the
// text people type, in the forms of the endpoint file ("1m30s", "512KiB", "200-299, 304").
// read() applies the file's rules (EndpointRules), so that the editor accepts exactly what an
// import would, and names every problem with its field so that the editor can show it there.
struct EndpointDraft
{
    qint64 id = 0; // 0 for an endpoint not stored yet
    QString service;
    QString name;
    CheckKind kind = CheckKind::Https;
    QString target;
    QString interval;
    QString timeout;
    int confirmationsDown = 0;
    int confirmationsUp = 0;
    bool paused = false;

    QString method;
    QString headers; // one "Name: value" a line
    QString expectedStatus; // codes and ranges separated by commas
    BodyAssertion::Kind bodyKind = BodyAssertion::Kind::None;
    QString bodyPattern; // the text, the regular expression or the JSON pointer
    QString bodyExpected; // a JSON value; text that is not JSON is a string, as in the file
    QString degradedAbove; // empty for off
    int maxRedirects = 0;
    QString maxBody;

    DnsSettings::RecordType recordType = DnsSettings::RecordType::Any;
    QString expectedAddresses; // separated by commas or spaces
    QString dnsServer; // empty for the system's resolver

    int warnDays = 0;
    bool verify = true;
    QString caFile;

    struct Reading
    {
        // As much of the definition as could be read; settings of other kinds are left at their
        // built-in values, as the file parser leaves them, so that an export reads back the same.
        Endpoint endpoint;
        QList<EndpointProblem> problems; // ordered by field
        bool isValid() const { return problems.isEmpty(); }
    };

    static EndpointDraft fromEndpoint(const Endpoint &endpoint);
    // `existing` finds a (service, name) pair that another endpoint has already.
    Reading read(const EndpointNames &existing) const;
};

} // namespace Leitstand
