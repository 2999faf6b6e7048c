#include "monitoring/checks/checkenvironment.h"

#include "core/applicationinfo.h"

using namespace Qt::StringLiterals;

namespace Leitstand {

CheckEnvironment::CheckEnvironment()
{
    m_prototype.setHeader(QNetworkRequest::UserAgentHeader, QString(u"Leitstand/"_s + applicationVersion()));
    m_prototype.setRawHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    m_prototype.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_prototype.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    m_prototype.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_prototype.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    m_prototype.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    m_prototype.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    m_prototype.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    // The check's own deadline decides; Qt's default transfer timeout would race it.
    m_prototype.setTransferTimeout(0);
}

CheckEnvironment::~CheckEnvironment() = default;

QNetworkAccessManager &CheckEnvironment::network(const TlsPolicy::Trust &trust)
{
    const auto index = std::size_t(trust.index);
    if (index >= m_networks.size())
        m_networks.resize(index + 1);
    std::unique_ptr<QNetworkAccessManager> &network = m_networks[index];
    if (!network) {
        network = std::make_unique<QNetworkAccessManager>();
        network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        network->setTransferTimeout(0);
    }
    return *network;
}

QNetworkRequest CheckEnvironment::request(const QUrl &url) const
{
    QNetworkRequest request = m_prototype;
    request.setUrl(url);
    return request;
}

} // namespace Leitstand
