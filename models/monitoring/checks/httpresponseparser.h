#pragma once

#include "monitoring/checkresult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace Leitstand {

// Reads one HTTP/1.x response (RFC 9112) as it arrives, in pieces of any size: the status line and
// header fields, then the body framed by Content-Length, by the chunked transfer coding or by the
// end of the connection. Interim 1xx responses are skipped. The head is kept; the body is handed
// on piece by piece and never buffered here, so a huge or endless body costs no memory.
//
// Anything a server can get wrong ends in Failed with a CheckError and a one-line reason: an
// answer that is not HTTP, a malformed status line, header or chunk, a head over maxHeadBytes, a
// connection closed before the response was complete.
class HttpResponseParser final
{
public:
    enum class Progress : quint8 {
        NeedMore, // all input consumed, the response goes on
        HeadComplete, // the final response's head is complete; feed() again for the body
        Complete,
        Failed,
    };
    using BodySink = std::function<void(QByteArrayView)>;
    using Header = std::pair<QByteArray, QByteArray>;

    static constexpr qsizetype maxHeadBytes = qsizetype(64) * 1024;

    // Body bytes go to sink as they arrive. A response to HEAD has no body whatever its headers say.
    HttpResponseParser(BodySink sink, bool headRequest);

    // Consumes from the front of data. Returns early with HeadComplete so that the caller can judge
    // the head before any of the body arrives.
    Progress feed(QByteArrayView &data);
    // The peer closed the connection: completes a body that runs until the close and fails
    // anything else that is not complete yet.
    Progress finishAtClose();

    bool receivedAnything() const { return m_receivedAnything; }
    bool isHeadComplete() const { return m_state >= State::Body; }
    bool isComplete() const { return m_state == State::Done; }
    int status() const { return m_status; }
    const QByteArray &reasonPhrase() const { return m_reason; }
    // The final response's status line and header lines (as name: value), each ending in CRLF.
    const QByteArray &head() const { return m_head; }
    const QList<Header> &headers() const { return m_headers; }
    // The first field of that name (case-insensitive), or a null array.
    QByteArray header(QByteArrayView name) const;
    std::optional<qint64> contentLength() const { return m_contentLength; }
    qint64 bodyBytes() const { return m_bodyBytes; }

    CheckError error() const { return m_error; }
    const QString &errorDetail() const { return m_errorDetail; }
    // What arrived first, up to 64 bytes, when the answer was not HTTP.
    const QByteArray &notHttpAnswer() const { return m_notHttpAnswer; }

private:
    enum class State : quint8 {
        StatusLine,
        Headers,
        Body, // everything from here on has a complete head
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Done,
        Failed,
    };
    enum class Framing : quint8 { None, Length, Chunked, UntilClose };

    Progress fail(CheckError error, const QString &detail);
    // Appends to m_line up to and including the next LF; true once a whole line is there.
    bool takeLine(QByteArrayView &data, qsizetype limit);
    QByteArrayView lineWithoutEnd() const;
    Progress parseStatusLine();
    Progress parseHeaderLine();
    Progress headEnded();
    Progress parseChunkSize();
    void takeBody(QByteArrayView &data, qint64 most);

    const BodySink m_sink;
    const bool m_headRequest;
    State m_state = State::StatusLine;
    Framing m_framing = Framing::None;
    QByteArray m_line;
    QByteArray m_head;
    qsizetype m_headBytes = 0; // of all heads, interim ones included
    QList<Header> m_headers;
    int m_status = 0;
    QByteArray m_reason;
    std::optional<qint64> m_contentLength;
    qint64 m_remaining = 0; // of the Content-Length or of the current chunk
    qint64 m_bodyBytes = 0;
    bool m_receivedAnything = false;
    CheckError m_error = CheckError::Ok;
    QString m_errorDetail;
    QByteArray m_notHttpAnswer;
};

} // namespace Leitstand
