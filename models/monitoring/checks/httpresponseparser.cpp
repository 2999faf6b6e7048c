#include "monitoring/checks/httpresponseparser.h"

#include <algorithm>
#include <cctype>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr QByteArrayView httpPrefix = "HTTP/";
constexpr qsizetype notHttpShownBytes = 32;
constexpr qsizetype notHttpKeptBytes = 64;
// A chunk-size line is a few hex digits and rarely an extension; more is not a real server.
constexpr qsizetype maxChunkLineBytes = 4096;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

QByteArrayView trimmedOws(QByteArrayView value)
{
    while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t'))
        value = value.sliced(1);
    while (!value.isEmpty() && (value.back() == ' ' || value.back() == '\t'))
        value.chop(1);
    return value;
}

// Printable ASCII as it is, anything else as \xNN: the detail is one line a person can read.
QString shownBytes(QByteArrayView bytes)
{
    QString shown;
    for (const char c : bytes) {
        if (c >= 0x20 && c < 0x7f)
            shown += QLatin1Char(c);
        else
            shown += u"\\x%1"_s.arg(uint(quint8(c)), 2, 16, QChar(u'0'));
    }
    return shown;
}

std::optional<qint64> parseDecimal(QByteArrayView text)
{
    // 18 digits cannot overflow a qint64.
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

HttpResponseParser::HttpResponseParser(BodySink sink, bool headRequest)
    : m_sink(std::move(sink))
    , m_headRequest(headRequest)
{
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const auto &[fieldName, value] : m_headers) {
        if (fieldName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponseParser::Progress HttpResponseParser::fail(CheckError error, const QString &detail)
{
    m_state = State::Failed;
    m_error = error;
    m_errorDetail = detail;
    return Progress::Failed;
}

bool HttpResponseParser::takeLine(QByteArrayView &data, qsizetype limit)
{
    const qsizetype newline = data.indexOf('\n');
    const qsizetype take = newline < 0 ? data.size() : newline + 1;
    // Never hold more than the limit, whatever the peer sends without a line end.
    m_line.append(data.first(std::min(take, limit + 1 - std::min(limit + 1, m_line.size()))));
    data = data.sliced(take);
    return newline >= 0;
}

QByteArrayView HttpResponseParser::lineWithoutEnd() const
{
    QByteArrayView line(m_line);
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

HttpResponseParser::Progress HttpResponseParser::feed(QByteArrayView &data)
{
    if (!data.isEmpty())
        m_receivedAnything = true;
    for (;;) {
        switch (m_state) {
        case State::Done:
            return Progress::Complete;
        case State::Failed:
            return Progress::Failed;
        case State::StatusLine:
        case State::Headers: {
            if (data.isEmpty())
                return Progress::NeedMore;
            const QByteArrayView before = data;
            const bool whole = takeLine(data, maxHeadBytes);
            if (m_state == State::StatusLine) {
                const qsizetype compared = std::min(m_line.size(), httpPrefix.size());
                if (QByteArrayView(m_line).first(compared) != httpPrefix.first(compared)) {
                    m_notHttpAnswer = QByteArray(before.first(std::min(before.size(), notHttpKeptBytes)));
                    return fail(CheckError::ProtocolError,
                        u"the server answered with something that is not HTTP: %1"_s.arg(
                            shownBytes(QByteArrayView(m_notHttpAnswer)
                                    .trimmed()
                                    .first(std::min(
                                        notHttpShownBytes, QByteArrayView(m_notHttpAnswer).trimmed().size())))));
                }
            }
            if (m_headBytes + m_line.size() > maxHeadBytes)
                return fail(
                    CheckError::ProtocolError, u"the response head is larger than %1 KiB"_s.arg(maxHeadBytes / 1024));
            if (!whole)
                return Progress::NeedMore;
            m_headBytes += m_line.size();
            const Progress progress = m_state == State::StatusLine ? parseStatusLine() : parseHeaderLine();
            m_line.clear();
            if (progress != Progress::NeedMore)
                return progress;
            break;
        }
        case State::Body:
            if (m_framing == Framing::UntilClose) {
                takeBody(data, data.size());
                return Progress::NeedMore;
            }
            takeBody(data, m_remaining);
            if (m_remaining > 0)
                return Progress::NeedMore;
            m_state = State::Done;
            break;
        case State::ChunkSize:
        case State::ChunkDataEnd:
        case State::Trailers: {
            if (data.isEmpty())
                return Progress::NeedMore;
            const bool whole = takeLine(data, maxChunkLineBytes);
            if (m_line.size() > maxChunkLineBytes)
                return fail(CheckError::ProtocolError,
                    u"a line of the chunked body is longer than %1 bytes"_s.arg(maxChunkLineBytes));
            if (!whole)
                return Progress::NeedMore;
            const bool empty = lineWithoutEnd().isEmpty();
            if (m_state == State::ChunkSize) {
                if (parseChunkSize() == Progress::Failed)
                    return Progress::Failed;
            } else if (m_state == State::ChunkDataEnd) {
                if (!empty)
                    return fail(CheckError::ProtocolError, u"a chunk of the body is longer than its size says"_s);
                m_state = State::ChunkSize;
            } else if (empty) {
                m_state = State::Done; // trailer fields are not judged, so they are skipped
            }
            m_line.clear();
            break;
        }
        case State::ChunkData:
            takeBody(data, m_remaining);
            if (m_remaining > 0)
                return Progress::NeedMore;
            m_state = State::ChunkDataEnd;
            break;
        }
    }
}

HttpResponseParser::Progress HttpResponseParser::parseStatusLine()
{
    // HTTP/1.1 200 OK: the reason phrase may be empty, and its space missing with it.
    const QByteArrayView line = lineWithoutEnd();
    const bool versionOk = line.size() >= 12 && line.startsWith("HTTP/1.") && line.at(7) >= '0' && line.at(7) <= '9'
        && line.at(8) == ' ' && (line.size() == 12 || line.at(12) == ' ');
    const std::optional<qint64> status = versionOk ? parseDecimal(line.sliced(9, 3)) : std::nullopt;
    if (!status || *status < 100) {
        return fail(CheckError::ProtocolError,
            u"malformed status line: %1"_s.arg(shownBytes(line.first(std::min<qsizetype>(line.size(), 80)))));
    }
    m_status = int(*status);
    m_reason = line.size() > 13 ? line.sliced(13).toByteArray() : QByteArray();
    m_head = line.toByteArray() + "\r\n";
    m_headers.clear();
    m_state = State::Headers;
    return Progress::NeedMore;
}

HttpResponseParser::Progress HttpResponseParser::parseHeaderLine()
{
    const QByteArrayView line = lineWithoutEnd();
    if (line.isEmpty())
        return headEnded();
    if (line.front() == ' ' || line.front() == '\t') {
        // Obsolete line folding (RFC 9112, 5.2): a user agent joins it to the field before.
        if (m_headers.isEmpty())
            return fail(CheckError::ProtocolError, u"the response head starts with a folded line"_s);
        m_headers.last().second += ' ' + trimmedOws(line).toByteArray();
        m_head += ' ' + trimmedOws(line).toByteArray() + "\r\n";
        return Progress::NeedMore;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView name = colon > 0 ? line.first(colon) : QByteArrayView();
    if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isTokenChar)) {
        return fail(CheckError::ProtocolError,
            u"malformed header line: %1"_s.arg(shownBytes(line.first(std::min<qsizetype>(line.size(), 80)))));
    }
    m_headers.append({name.toByteArray(), trimmedOws(line.sliced(colon + 1)).toByteArray()});
    m_head += m_headers.constLast().first + ": " + m_headers.constLast().second + "\r\n";
    return Progress::NeedMore;
}

HttpResponseParser::Progress HttpResponseParser::headEnded()
{
    if (m_status == 101)
        return fail(CheckError::ProtocolError, u"the server switched protocols (101) instead of answering"_s);
    if (m_status < 200) {
        // An interim answer such as 100 Continue or 103 Early Hints: the real one follows.
        m_state = State::StatusLine;
        return Progress::NeedMore;
    }

    QList<qint64> lengths;
    QByteArray transferEncoding;
    for (const auto &[name, value] : std::as_const(m_headers)) {
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + value;
        } else if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &part : value.split(',')) {
                const std::optional<qint64> length = parseDecimal(trimmedOws(part));
                if (!length)
                    return fail(CheckError::ProtocolError, u"invalid Content-Length: %1"_s.arg(shownBytes(value)));
                lengths.append(*length);
            }
        }
    }
    if (!lengths.isEmpty()) {
        if (std::ranges::any_of(lengths, [&](qint64 length) { return length != lengths.constFirst(); }))
            return fail(CheckError::ProtocolError, u"conflicting Content-Length fields"_s);
        m_contentLength = lengths.constFirst();
    }

    if (m_headRequest || m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
        m_state = State::Done;
    } else if (!transferEncoding.isEmpty()) {
        // Only a final chunked coding frames the body; any other coding runs until the close.
        const QByteArrayView last
            = trimmedOws(QByteArrayView(transferEncoding).sliced(transferEncoding.lastIndexOf(',') + 1));
        const bool chunked = last.compare("chunked", Qt::CaseInsensitive) == 0;
        m_framing = chunked ? Framing::Chunked : Framing::UntilClose;
        m_state = chunked ? State::ChunkSize : State::Body;
    } else if (m_contentLength) {
        m_framing = Framing::Length;
        m_remaining = *m_contentLength;
        m_state = m_remaining > 0 ? State::Body : State::Done;
    } else {
        m_framing = Framing::UntilClose;
        m_state = State::Body;
    }
    return Progress::HeadComplete;
}

HttpResponseParser::Progress HttpResponseParser::parseChunkSize()
{
    QByteArrayView line = lineWithoutEnd();
    if (const qsizetype extension = line.indexOf(';'); extension >= 0)
        line = line.first(extension);
    line = trimmedOws(line);
    // 15 hex digits cannot overflow a qint64.
    bool ok = !line.isEmpty() && line.size() <= 15;
    const qint64 size = ok ? line.toLongLong(&ok, 16) : 0;
    if (!ok || size < 0 || !std::all_of(line.begin(), line.end(), [](char c) { return std::isxdigit(quint8(c)); }))
        return fail(CheckError::ProtocolError,
            u"malformed chunk size: %1"_s.arg(shownBytes(line.first(std::min<qsizetype>(line.size(), 40)))));
    m_remaining = size;
    m_state = size > 0 ? State::ChunkData : State::Trailers;
    return Progress::NeedMore;
}

void HttpResponseParser::takeBody(QByteArrayView &data, qint64 most)
{
    const qsizetype taken = qsizetype(std::min<qint64>(most, data.size()));
    if (taken > 0) {
        m_bodyBytes += taken;
        if (m_framing != Framing::UntilClose)
            m_remaining -= taken;
        const QByteArrayView piece = data.first(taken);
        data = data.sliced(taken);
        m_sink(piece);
    }
}

HttpResponseParser::Progress HttpResponseParser::finishAtClose()
{
    switch (m_state) {
    case State::Done:
        return Progress::Complete;
    case State::Failed:
        return Progress::Failed;
    case State::StatusLine:
    case State::Headers:
        if (!m_receivedAnything)
            return fail(CheckError::ConnectionReset, u"the server closed the connection without an answer"_s);
        return fail(CheckError::ConnectionReset, u"the connection closed in the middle of the response head"_s);
    case State::Body:
        if (m_framing == Framing::UntilClose) {
            m_state = State::Done;
            return Progress::Complete;
        }
        return fail(CheckError::ConnectionReset,
            u"the connection closed after %1 of %2 bytes of the body"_s.arg(m_bodyBytes).arg(*m_contentLength));
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
    case State::Trailers:
        return fail(CheckError::ConnectionReset,
            u"the connection closed before the end of the chunked body (%1 bytes received)"_s.arg(m_bodyBytes));
    }
    Q_UNREACHABLE_RETURN(Progress::Failed);
}

} // namespace Leitstand
