#include "monitoring/checks/dnscheck.h"

#include <QDnsHostAddressRecord>
#include <QHostInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// In English whatever language Qt's messages are in: details are stored for every console.
QString lookupErrorText(QDnsLookup::Error error)
{
    switch (error) {
    case QDnsLookup::NotFoundError:
        return u"NXDOMAIN"_s;
    case QDnsLookup::ServerFailureError:
        return u"SERVFAIL"_s;
    case QDnsLookup::ServerRefusedError:
        return u"REFUSED"_s;
    case QDnsLookup::TimeoutError:
        return u"no answer from the name server"_s;
    case QDnsLookup::InvalidReplyError:
        return u"invalid reply from the name server"_s;
    case QDnsLookup::InvalidRequestError:
        return u"invalid request"_s;
    case QDnsLookup::OperationCancelledError:
        return u"lookup cancelled"_s;
    case QDnsLookup::ResolverError:
    case QDnsLookup::NoError:
        break;
    }
    return u"resolver error"_s;
}

CheckError classifyLookupError(QDnsLookup::Error error)
{
    switch (error) {
    case QDnsLookup::InvalidReplyError:
        return CheckError::ProtocolError;
    case QDnsLookup::TimeoutError:
        return CheckError::Timeout;
    case QDnsLookup::ResolverError:
    case QDnsLookup::OperationCancelledError:
        return CheckError::NetworkError;
    default:
        return CheckError::DnsFailure;
    }
}

} // namespace

DnsCheck::~DnsCheck()
{
    release();
}

void DnsCheck::run()
{
    const QString &server = endpoint().dns.server;
    if (server.isEmpty()) {
        startLookups({}, 0);
        return;
    }
    // "192.0.2.53", "2001:db8::53", "[2001:db8::53]:5353", "ns.example:5353" or "ns.example".
    QString host = server;
    quint16 port = 0;
    if (QHostAddress(server).isNull()) {
        if (const auto hostPort = splitHostPort(server)) {
            host = hostPort->first;
            port = hostPort->second;
        }
    }
    const QHostAddress address(host);
    if (!address.isNull()) {
        startLookups(address, port);
        return;
    }
    if (isReservedInvalidName(host)) {
        fail(CheckError::DnsFailure, u"name server %1 is under .invalid (RFC 6761)"_s.arg(host));
        return;
    }
    m_hostLookupId = QHostInfo::lookupHost(host, this, [this, host, port](const QHostInfo &info) {
        m_hostLookupId = -1;
        if (info.addresses().isEmpty())
            fail(CheckError::DnsFailure,
                u"name server %1: %2"_s.arg(
                    host, info.error() == QHostInfo::HostNotFound ? u"host not found"_s : u"lookup failed"_s));
        else
            startLookups(info.addresses().constFirst(), port);
    });
}

void DnsCheck::startLookups(const QHostAddress &server, quint16 port)
{
    using RecordType = DnsSettings::RecordType;
    const RecordType type = endpoint().dns.recordType;
    int count = 0;
    for (const QDnsLookup::Type lookupType : {QDnsLookup::A, QDnsLookup::AAAA}) {
        if ((lookupType == QDnsLookup::A && type == RecordType::AAAA)
            || (lookupType == QDnsLookup::AAAA && type == RecordType::A))
            continue;
        auto lookup = std::make_unique<QDnsLookup>(lookupType, endpoint().target);
        if (!server.isNull())
            lookup->setNameserver(server, port == 0 ? quint16(53) : port);
        connect(lookup.get(), &QDnsLookup::finished, this, &DnsCheck::onLookupFinished);
        m_lookups.at(count++) = std::move(lookup);
    }
    m_pending = count;
    for (int i = 0; i < count; ++i)
        m_lookups.at(i)->lookup();
}

void DnsCheck::onLookupFinished()
{
    if (--m_pending == 0)
        evaluate();
}

void DnsCheck::evaluate()
{
    QList<QHostAddress> answers;
    const QDnsLookup *failed = nullptr;
    for (const auto &lookup : m_lookups) {
        if (!lookup)
            continue;
        if (lookup->error() != QDnsLookup::NoError && lookup->error() != QDnsLookup::NotFoundError)
            failed = failed ? failed : lookup.get();
        else if (lookup->error() == QDnsLookup::NotFoundError && !failed)
            failed = lookup.get();
        const QList<QDnsHostAddressRecord> records = lookup->hostAddressRecords();
        for (const QDnsHostAddressRecord &record : records)
            answers.append(record.value());
    }

    QStringList answerTexts;
    answerTexts.reserve(answers.size());
    for (const QHostAddress &address : std::as_const(answers))
        answerTexts.append(address.toString());
    mutableResult().bodyExcerpt = answerTexts.join(u' ').toUtf8();

    if (answers.isEmpty()) {
        if (failed) {
            const QString reason = lookupErrorText(failed->error());
            fail(classifyLookupError(failed->error()), u"%1: %2"_s.arg(endpoint().target, reason));
        } else {
            fail(CheckError::DnsFailure, u"%1: no address records"_s.arg(endpoint().target));
        }
        return;
    }
    QStringList missing;
    for (const QString &expected : endpoint().dns.expectedAddresses) {
        const QHostAddress address(expected);
        if (address.isNull() || !answers.contains(address))
            missing.append(expected);
    }
    if (!missing.isEmpty()) {
        fail(CheckError::AssertionFailed,
            u"expected %1 not among the answers %2"_s.arg(missing.join(u", "_s), answerTexts.join(u", "_s)));
        return;
    }
    succeed();
}

void DnsCheck::stop()
{
    release();
}

void DnsCheck::release()
{
    if (m_hostLookupId >= 0) {
        QHostInfo::abortHostLookup(m_hostLookupId);
        m_hostLookupId = -1;
    }
    for (auto &lookup : m_lookups) {
        if (!lookup)
            continue;
        lookup->disconnect(this);
        lookup->abort();
        // The lookup may be inside its own signal right now.
        lookup.release()->deleteLater();
    }
}

} // namespace Leitstand
