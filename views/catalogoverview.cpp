#include "catalogoverview.h"

#include "cataloghtml.h"
#include "catalogprintout.h"
#include "itemmodels/servicecatalogfiltermodel.h"
#include "itemmodels/servicecatalogmodel.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

#include <expected>
#include <memory>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

enum Page : quint8 { ServicesPage, PlaceholderPage };

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

CatalogOverview::CatalogOverview(QWidget *parent)
    : QDockWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"catalogOverviewDock"_s);
    setAllowedAreas(Qt::AllDockWidgetAreas);

    auto *content = new QWidget(this);
    m_filterText = new QLineEdit(content);
    m_filterText->setObjectName(u"catalogFilter"_s);
    m_filterText->setClearButtonEnabled(true);
    m_exportButton = new QPushButton(QIcon::fromTheme(u"document-export"_s), QString(), content);
    m_exportButton->setObjectName(u"catalogExportButton"_s);

    m_model = new ServiceCatalogModel(this);
    m_filter = new ServiceCatalogFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_splitter = new QSplitter(Qt::Vertical, content);
    m_splitter->setObjectName(u"catalogSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_table = new QTreeView(m_splitter);
    m_table->setObjectName(u"catalogTable"_s);
    m_table->setModel(m_filter);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ServiceCatalogModel::Service, Qt::AscendingOrder);
    QHeaderView *header = m_table->header();
    header->setSectionsMovable(true);
    const QList<std::pair<int, int>> widths {{ServiceCatalogModel::Service, 160}, {ServiceCatalogModel::Team, 150},
        {ServiceCatalogModel::OnCall, 220}, {ServiceCatalogModel::DependsOn, 180}, {ServiceCatalogModel::NeededBy, 160},
        {ServiceCatalogModel::Hours, 280}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    for (const int column : {ServiceCatalogModel::Target, ServiceCatalogModel::Endpoints})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_detail = new QTextBrowser(m_splitter);
    m_detail->setObjectName(u"catalogDetail"_s);
    // Links name other services; following them selects the service instead of loading a page.
    m_detail->setOpenLinks(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    m_placeholder = new QLabel(content);
    m_placeholder->setObjectName(u"catalogPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setTextFormat(Qt::RichText);
    // Selectable, so that the command can be copied, and reached by Tab, so that a screen reader
    // user who comes to the empty dock hears what to do.
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_placeholder->setFocusPolicy(Qt::StrongFocus);

    m_pages = new QStackedWidget(content);
    m_pages->insertWidget(ServicesPage, m_splitter);
    m_pages->insertWidget(PlaceholderPage, m_placeholder);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterText, 1);
    bar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);
    setWidget(content);
    setTabOrder(m_filterText, m_exportButton);
    setTabOrder(m_exportButton, m_table);
    setTabOrder(m_table, m_detail);

    connect(m_filterText, &QLineEdit::textChanged, m_filter, &ServiceCatalogFilterModel::setFilterText);
    connect(m_exportButton, &QPushButton::clicked, this, &CatalogOverview::chooseExportFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogOverview::showDetail);
    connect(m_model, &ServiceCatalogModel::catalogChanged, this, [this] {
        updatePage();
        showDetail();
    });
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const QString service = CatalogHtml::serviceOf(url); !service.isEmpty())
            selectService(service);
    });

    retranslateUi();
    updatePage();
    showDetail();
}

CatalogOverview::~CatalogOverview()
{
    if (m_export) {
        m_export->wait();
        delete m_export;
    }
}

void CatalogOverview::setCatalog(const ServiceCatalog &catalog, const QHash<QString, QStringList> &endpointsByService)
{
    m_endpoints = endpointsByService;
    m_model->setCatalog(catalog, endpointsByService);
}

void CatalogOverview::setClock(Clock clock)
{
    m_clock = std::move(clock);
    showDetail();
}

void CatalogOverview::focusContent()
{
    raise();
    if (m_filterText->isEnabled())
        m_filterText->setFocus(Qt::ShortcutFocusReason);
    else
        m_placeholder->setFocus(Qt::ShortcutFocusReason);
}

bool CatalogOverview::selectService(const QString &name)
{
    const QModelIndex source = m_model->indexOf(name);
    if (!source.isValid())
        return false;
    if (!m_filter->mapFromSource(source).isValid())
        m_filterText->clear();
    const QModelIndex index = m_filter->mapFromSource(source);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

QString CatalogOverview::currentServiceName() const
{
    return m_table->currentIndex().data(ServiceCatalogModel::ServiceNameRole).toString();
}

void CatalogOverview::showDetail()
{
    const QString name = currentServiceName();
    const ServiceDefinition *service = m_model->catalog().service(name);
    if (!service) {
        m_detail->setHtml(u"<p><i>%1</i></p>"_s.arg(
            tr("Select a service to see who is responsible for it and what it depends on.").toHtmlEscaped()));
        m_shownService.clear();
        return;
    }
    // The same service again (the catalog was reloaded): keep the place the reader scrolled to.
    const bool same = m_shownService == name;
    const int scrolled = m_detail->verticalScrollBar()->value();
    m_detail->setHtml(CatalogHtml::service(
        m_model->catalog(), *service, m_model->endpointsOf(name), m_clock(), CatalogHtml::Links::Services, 3));
    m_shownService = name;
    if (same)
        m_detail->verticalScrollBar()->setValue(scrolled);
}

void CatalogOverview::updatePage()
{
    const bool empty = m_model->rowCount() == 0;
    m_pages->setCurrentIndex(empty ? PlaceholderPage : ServicesPage);
    m_filterText->setEnabled(!empty);
    m_exportButton->setEnabled(!empty && !m_export);
}

void CatalogOverview::chooseExportFile()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(tr("service-catalog", "file name") + u'-'
                                  + QDate::currentDate().toString(Qt::ISODate) + u".pdf"_s);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Service Catalog as PDF"), start, tr("PDF documents (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive) && QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    exportPdf(path);
}

void CatalogOverview::exportPdf(const QString &path)
{
    if (m_export)
        return;
    // Collecting the texts needs the GUI thread (translations, locale); laying out and writing
    // hundreds of pages does not, and would freeze the window for seconds.
    auto printout
        = std::make_shared<const CatalogPrintout>(CatalogPrintout::make(m_model->catalog(), m_endpoints, m_clock()));
    auto result = std::make_shared<std::expected<int, QString>>(0);
    m_export = QThread::create([printout, result, path] { *result = printout->write(path); });
    m_export->setObjectName(u"catalogExport"_s);
    connect(m_export, &QThread::finished, this, [this, result, path] {
        m_export->deleteLater();
        m_export = nullptr;
        updatePage();
        m_exportButton->setText(tr("Export as &PDF…"));
        if (result->has_value()) {
            Q_EMIT statusMessage(
                tr("Saved the service catalog to %1 (%n page(s)).", nullptr, result->value()).arg(native(path)));
            Q_EMIT exportFinished(path, QString());
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export as PDF"),
            tr("The service catalog could not be saved."), QMessageBox::Ok, this);
        box->setObjectName(u"catalogExportError"_s);
        box->setInformativeText(result->error());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT exportFinished(path, result->error());
    });
    m_exportButton->setEnabled(false);
    m_exportButton->setText(tr("Exporting…"));
    Q_EMIT statusMessage(tr("Writing the service catalog to %1…").arg(native(path)));
    m_export->start();
}

void CatalogOverview::retranslateUi()
{
    setWindowTitle(tr("Service Catalog"));
    m_filterText->setPlaceholderText(tr("Filter by service, team, person, prerequisite or endpoint"));
    m_filterText->setAccessibleName(tr("Filter services"));
    m_exportButton->setText(m_export ? tr("Exporting…") : tr("Export as &PDF…"));
    m_exportButton->setToolTip(tr("Save the catalog as a printable PDF: who is responsible for what, whom to call, "
                                  "dependencies, service hours and maintenance windows"));
    m_table->setAccessibleName(tr("Services"));
    m_detail->setAccessibleName(tr("Service details"));
    const QString none = tr("No services are described yet.");
    const QString how = tr("Describe your services in a catalog file: who is responsible for each one, whom to "
                           "call, what it needs and depends on, its service hours and maintenance windows. Then "
                           "import the file:");
    const QString command = u"leitstand catalog import "_s + tr("FILE", "command line placeholder");
    const QString doc = tr("%1 explains the file.").arg(u"docs/catalog-file.md"_s);
    m_placeholder->setText(u"<p><b>%1</b></p><p>%2</p><p><code>%3</code></p><p>%4</p>"_s.arg(
        none.toHtmlEscaped(), how.toHtmlEscaped(), command.toHtmlEscaped(), doc.toHtmlEscaped()));
    m_placeholder->setAccessibleName(none);
    m_placeholder->setAccessibleDescription(QStringList {how, command, doc}.join(u' '));
    showDetail();
}

void CatalogOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace Leitstand
