// HttpResponseParser on its own: every framing, interim answers and each malformed answer a server
// can send, each fed whole, byte by byte and in odd-sized pieces, since the network splits a
// response anywhere.

#include "monitoring/checks/httpresponseparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using Progress = HttpResponseParser::Progress;

namespace {

enum class Outcome { Complete, Failed, Incomplete };

struct Run
{
    Outcome outcome = Outcome::Incomplete;
    QByteArray body;
    int headCompletions = 0;
    int status = 0;
    QByteArray head;
    QByteArray firstHeader;
    CheckError error = CheckError::Ok;
    QString detail;
};

// Feeds input in pieces of pieceBytes (0: all at once); closed: the peer closes afterwards.
Run parse(const QByteArray &input, qsizetype pieceBytes, bool headRequest, bool closed)
{
    Run run;
    HttpResponseParser parser([&](QByteArrayView piece) { run.body += piece; }, headRequest);
    const qsizetype step = pieceBytes > 0 ? pieceBytes : std::max<qsizetype>(input.size(), 1);
    Progress progress = Progress::NeedMore;
    for (qsizetype at = 0; at < input.size() && progress != Progress::Complete && progress != Progress::Failed;
        at += step) {
        QByteArrayView data = QByteArrayView(input).sliced(at, std::min(step, input.size() - at));
        for (;;) {
            progress = parser.feed(data);
            if (progress != Progress::HeadComplete)
                break;
            ++run.headCompletions;
        }
    }
    if (closed && progress != Progress::Complete && progress != Progress::Failed)
        progress = parser.finishAtClose();
    run.outcome = progress == Progress::Complete ? Outcome::Complete
        : progress == Progress::Failed           ? Outcome::Failed
                                                 : Outcome::Incomplete;
    run.status = parser.status();
    run.head = parser.head();
    run.firstHeader = parser.headers().isEmpty() ? QByteArray() : parser.headers().constFirst().second;
    run.error = parser.error();
    run.detail = parser.errorDetail();
    if (parser.bodyBytes() != run.body.size())
        run.outcome = Outcome::Incomplete; // the count must match what was handed on
    return run;
}

} // namespace

class TestHttpResponseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framing_data();
    void framing();
    void headKeepsTheFinalResponse();
    void headerLookupIgnoresCase();
    void bodyIsNeverBuffered();
};

void TestHttpResponseParser::framing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("headRequest");
    QTest::addColumn<bool>("closed"); // the peer closes the connection after the input
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<CheckError>("error");
    QTest::addColumn<QString>("detail"); // a fragment of errorDetail()

    const auto ok = CheckError::Ok;
    const auto complete = Outcome::Complete;
    const auto failed = Outcome::Failed;
    const auto protocol = CheckError::ProtocolError;
    const auto reset = CheckError::ConnectionReset;

    QTest::addRow("content-length") << "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"_ba << false << false
                                    << complete << 200 << "hello"_ba << ok << QString();
    QTest::addRow("bytes after the body ignored") << "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA"_ba << false
                                                  << false << complete << 200 << "ok"_ba << ok << QString();
    QTest::addRow("content-length zero") << "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"_ba << false << false
                                         << complete << 200 << QByteArray() << ok << QString();
    QTest::addRow("bare LF line ends") << "HTTP/1.1 200 OK\nContent-Length: 3\n\nabc"_ba << false << false << complete
                                       << 200 << "abc"_ba << ok << QString();
    QTest::addRow("no reason phrase") << "HTTP/1.1 204\r\n\r\n"_ba << false << false << complete << 204 << QByteArray()
                                      << ok << QString();
    QTest::addRow("until close") << "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nabc"_ba << false << true
                                 << complete << 200 << "abc"_ba << ok << QString();
    QTest::addRow("until close, still open") << "HTTP/1.0 200 OK\r\n\r\nabc"_ba << false << false << Outcome::Incomplete
                                             << 200 << "abc"_ba << ok << QString();
    QTest::addRow("chunked with extension and trailer")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=x\r\nhello\r\n6\r\n world\r\n0\r\n"
           "X-Trailer: 1\r\n\r\n"_ba
        << false << false << complete << 200 << "hello world"_ba << ok << QString();
    QTest::addRow("chunked upper-case size")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n"_ba << false << false
        << complete << 200 << "0123456789"_ba << ok << QString();
    QTest::addRow("chunked wins over content-length")
        << "HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n"_ba << false
        << false << complete << 200 << "ok"_ba << ok << QString();
    QTest::addRow("other transfer coding runs until close")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nxyz"_ba << false << true << complete << 200 << "xyz"_ba
        << ok << QString();
    QTest::addRow("100 continue first")
        << "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"_ba << false << false
        << complete << 200 << "ok"_ba << ok << QString();
    QTest::addRow("103 early hints first")
        << "HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 404 Not Found\r\n"
           "Content-Length: 1\r\n\r\nx"_ba
        << false << false << complete << 404 << "x"_ba << ok << QString();
    QTest::addRow("HEAD ignores content-length") << "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"_ba << true << false
                                                 << complete << 200 << QByteArray() << ok << QString();
    QTest::addRow("304 has no body") << "HTTP/1.1 304 Not Modified\r\nContent-Length: 100\r\n\r\n"_ba << false << false
                                     << complete << 304 << QByteArray() << ok << QString();
    QTest::addRow("repeated equal content-length")
        << "HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nok"_ba << false << false << complete
        << 200 << "ok"_ba << ok << QString();
    QTest::addRow("folded header") << "HTTP/1.1 200 OK\r\nX-A: one\r\n\ttwo\r\nContent-Length: 0\r\n\r\n"_ba << false
                                   << false << complete << 200 << QByteArray() << ok << QString();

    QTest::addRow("not HTTP") << "SSH-2.0-OpenSSH_9.2\r\n"_ba << false << false << failed << 0 << QByteArray()
                              << protocol << u"not HTTP: SSH-2.0-OpenSSH_9.2"_s;
    QTest::addRow("HTML without a head") << "<html><body>hi</body></html>"_ba << false << false << failed << 0
                                         << QByteArray() << protocol << u"not HTTP: <html>"_s;
    QTest::addRow("control bytes shown escaped")
        << "\x16\x03\x01\x02"_ba << false << false << failed << 0 << QByteArray() << protocol << u"\\x16\\x03"_s;
    QTest::addRow("malformed status") << "HTTP/1.1 2x0 OK\r\n\r\n"_ba << false << false << failed << 0 << QByteArray()
                                      << protocol << u"malformed status line"_s;
    QTest::addRow("HTTP/2 status line") << "HTTP/2 200\r\n\r\n"_ba << false << false << failed << 0 << QByteArray()
                                        << protocol << u"malformed status line"_s;
    QTest::addRow("status below 100") << "HTTP/1.1 099 Odd\r\n\r\n"_ba << false << false << failed << 0 << QByteArray()
                                      << protocol << u"malformed status line"_s;
    QTest::addRow("malformed header") << "HTTP/1.1 200 OK\r\nBad Header: x\r\n\r\n"_ba << false << false << failed
                                      << 200 << QByteArray() << protocol << u"malformed header line"_s;
    QTest::addRow("folded first line") << "HTTP/1.1 200 OK\r\n folded\r\n\r\n"_ba << false << false << failed << 200
                                       << QByteArray() << protocol << u"folded"_s;
    QTest::addRow("invalid content-length") << "HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n"_ba << false << false
                                            << failed << 200 << QByteArray() << protocol << u"invalid Content-Length"_s;
    QTest::addRow("negative content-length")
        << "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"_ba << false << false << failed << 200 << QByteArray()
        << protocol << u"invalid Content-Length"_s;
    QTest::addRow("conflicting content-length")
        << "HTTP/1.1 200 OK\r\nContent-Length: 5, 6\r\n\r\n"_ba << false << false << failed << 200 << QByteArray()
        << protocol << u"conflicting"_s;
    QTest::addRow("malformed chunk size")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba << false << false << failed << 200
        << QByteArray() << protocol << u"malformed chunk size: zz"_s;
    QTest::addRow("chunk size overflow")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFF\r\n"_ba << false << false << failed
        << 200 << QByteArray() << protocol << u"malformed chunk size"_s;
    QTest::addRow("chunk longer than its size")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokay\r\n0\r\n\r\n"_ba << false << false << failed
        << 200 << "ok"_ba << protocol << u"longer than its size"_s;
    QTest::addRow("switching protocols") << "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n"_ba << false
                                         << false << failed << 101 << QByteArray() << protocol << u"(101)"_s;
    QTest::addRow("head over 64 KiB") << "HTTP/1.1 200 OK\r\nX-Flood: "_ba + QByteArray(70'000, 'a') << false << false
                                      << failed << 200 << QByteArray() << protocol << u"64 KiB"_s;
    QTest::addRow("endless status line") << "HTTP/1.1 200 "_ba + QByteArray(70'000, 'a') << false << false << failed
                                         << 0 << QByteArray() << protocol << u"64 KiB"_s;

    QTest::addRow("closed without answer")
        << QByteArray() << false << true << failed << 0 << QByteArray() << reset << u"without an answer"_s;
    QTest::addRow("closed in the head") << "HTTP/1.1 200 OK\r\nContent-Le"_ba << false << true << failed << 200
                                        << QByteArray() << reset << u"middle of the response head"_s;
    QTest::addRow("closed in the status line")
        << "HTT"_ba << false << true << failed << 0 << QByteArray() << reset << u"middle of the response head"_s;
    QTest::addRow("closed mid-body") << "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"_ba << false << true << failed
                                     << 200 << "abc"_ba << reset << u"after 3 of 10 bytes"_s;
    QTest::addRow("closed mid-chunk") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel"_ba << false
                                      << true << failed << 200 << "hel"_ba << reset
                                      << u"before the end of the chunked body (3 bytes"_s;
    QTest::addRow("closed before the last chunk")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n"_ba << false << true << failed << 200
        << "hello"_ba << reset << u"chunked body"_s;
}

void TestHttpResponseParser::framing()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, headRequest);
    QFETCH(bool, closed);
    QFETCH(Outcome, outcome);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(CheckError, error);
    QFETCH(QString, detail);

    for (const qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
        const Run run = parse(input, piece, headRequest, closed);
        const QByteArray where = "pieces of " + QByteArray::number(piece) + ": " + run.detail.toUtf8();
        QVERIFY2(run.outcome == outcome, where.constData());
        QCOMPARE(run.status, status);
        QCOMPARE(run.body, body);
        QCOMPARE(run.error, error);
        // What is shown of an answer that is not HTTP is what had arrived when that was clear.
        const bool showsReceived = detail.contains(u"not HTTP"_s) || detail.startsWith(u"\\x"_s);
        QString expected = detail;
        if (piece > 0 && showsReceived) {
            const qsizetype shown = detail.indexOf(u"HTTP: "_s);
            expected = shown >= 0 ? detail.first(shown + 7) : detail.first(4); // the first byte only
        }
        QVERIFY2(run.detail.contains(expected), where.constData());
        // A head is reported once, and only for a final answer.
        QVERIFY(run.headCompletions <= 1);
        if (outcome == Outcome::Complete)
            QCOMPARE(run.headCompletions, 1);
    }
}

void TestHttpResponseParser::headKeepsTheFinalResponse()
{
    const Run run = parse("HTTP/1.1 100 Continue\r\nX-Interim: 1\r\n\r\nHTTP/1.1 200 OK\nServer:  test \r\n"
                          "X-A: one\r\n two\r\nContent-Length: 0\r\n\r\n"_ba,
        0, false, false);
    QVERIFY(run.outcome == Outcome::Complete);
    QCOMPARE(run.head, "HTTP/1.1 200 OK\r\nServer: test\r\nX-A: one\r\n two\r\nContent-Length: 0\r\n"_ba);
    QCOMPARE(run.firstHeader, "test"_ba); // surrounding whitespace is not part of a value
}

void TestHttpResponseParser::headerLookupIgnoresCase()
{
    HttpResponseParser parser([](QByteArrayView) { }, false);
    QByteArrayView data = "HTTP/1.1 301 Moved\r\nlocation: /next\r\nX-A: one\r\n two\r\n\r\n";
    QCOMPARE(parser.feed(data), Progress::HeadComplete);
    QCOMPARE(parser.header("Location"), "/next"_ba);
    QCOMPARE(parser.header("x-a"), "one two"_ba);
    QVERIFY(parser.header("Content-Type").isNull());
    QCOMPARE(parser.reasonPhrase(), "Moved"_ba);
    QVERIFY(!parser.contentLength().has_value());
}

void TestHttpResponseParser::bodyIsNeverBuffered()
{
    // 64 MiB of chunked body in 64 KiB pieces: the parser hands every byte on and keeps none.
    qint64 handedOn = 0;
    HttpResponseParser parser([&](QByteArrayView piece) { handedOn += piece.size(); }, false);
    QByteArrayView head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    QCOMPARE(parser.feed(head), Progress::HeadComplete);
    const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'z') + "\r\n";
    for (int i = 0; i < 1024; ++i) {
        QByteArrayView data(chunk);
        QCOMPARE(parser.feed(data), Progress::NeedMore);
        QVERIFY(data.isEmpty());
    }
    QByteArrayView end = "0\r\n\r\n";
    QCOMPARE(parser.feed(end), Progress::Complete);
    QCOMPARE(handedOn, qint64(1024) * 0x10000);
    QCOMPARE(parser.bodyBytes(), handedOn);
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
