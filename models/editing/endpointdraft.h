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
// Start from fromEndpoint(): a default draft has no valid numbers.
struct EndpointDraft
{
    qint64 id = 0; // 0 for an endpoint not stored yet

    // What is typed. (Texts, numbers and choices apart, so that the struct packs tightly.)
    QString service;
    QString name;
    QString target;
    QString interval;
    QString timeout;
    QString method;
    QString headers; // one "Name: value" a line
    QString expectedStatus; // codes and ranges separated by commas
    QString bodyPattern; // the text, the regular expression or the JSON pointer
    QString bodyExpected; // a JSON value; text that is not JSON is a string, as in the file
    QString degradedAbove; // empty for off
    QString maxBody;
    QString expectedAddresses; // separated by commas or spaces
    QString dnsServer; // empty for the system's resolver
    QString caFile;

    // What is counted.
    int confirmationsDown = 0;
    int confirmationsUp = 0;
    int maxRedirects = 0;
    int warnDays = 0;

    // What is chosen.
    CheckKind kind = CheckKind::Https;
    BodyAssertion::Kind bodyKind = BodyAssertion::Kind::None;
    DnsSettings::RecordType recordType = DnsSettings::RecordType::Any;
    bool paused = false;
    bool verify = true;

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
