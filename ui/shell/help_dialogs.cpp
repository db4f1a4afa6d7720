#include "shell/help_dialogs.h"

#include "pvi/engine/build_info.h"
#include "widgets/pvi_text.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// The texts of the help windows, in the window's language.
struct HelpText {
    Q_DECLARE_TR_FUNCTIONS(HelpText)
};

enum class TextFormat { Markdown, Html };

/// A non-modal window with a read-only text and a Close button; deleted when closed.
void showTextWindow(QWidget* parent, const QString& objectName, const QString& title,
                    const QString& text, TextFormat format, QSize size) {
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* browser = new QTextBrowser(dialog);
    browser->setObjectName(objectName + u"Text"_s);
    browser->setOpenLinks(false);
    if (format == TextFormat::Markdown)
        browser->setMarkdown(text);
    else
        browser->setHtml(text);
    browser->setAccessibleName(title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    dialog->resize(size);
    dialog->show();
}

QString plainActionText(const QAction* action) {
    QString text = action->text();
    text.remove(u'&');
    while (text.endsWith(u'…') || text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

QString shortcutsText(const QList<QAction*>& actions) {
    QStringList lines;
    for (const QAction* action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList written;
        for (const QKeySequence& key : keys)
            written << key.toString(QKeySequence::NativeText);
        lines << u"%1\t%2"_s.arg(written.join(u", "_s), plainActionText(action));
    }
    return lines.join(u'\n');
}

QString aboutHtml() {
    QString html = u"<h3>PVI Studio %1</h3><p>%2</p><p>%3</p><ul>"_s.arg(
        studioVersion().toHtmlEscaped(),
        HelpText::tr("Personalization Value Indicators for small businesses: whether "
                     "personalization pays off, computed on your own computer from your shop's "
                     "exports. Nothing is sent anywhere."),
        HelpText::tr("Built on:"));
    for (const LibraryVersion& library : libraryVersions())
        html += u"<li>%1 %2 — %3</li>"_s.arg(library.name.toHtmlEscaped(),
                                             library.version.toHtmlEscaped(),
                                             library.licence.toHtmlEscaped());
    return html + u"</ul>"_s;
}

void showCatalogueWindow(QWidget* parent) {
    showTextWindow(parent, u"catalogueWindow"_s, HelpText::tr("PVI catalogue"),
                   translatedPviCatalogueMarkdown(), TextFormat::Markdown, QSize(820, 760));
}

void showShortcutsWindow(QWidget* parent, const QList<QAction*>& actions) {
    QString html = u"<table cellpadding='3'>"_s;
    for (const QString& line : shortcutsText(actions).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(u'\t');
        html += u"<tr><td><b>%1</b></td><td>&nbsp;&nbsp;%2</td></tr>"_s.arg(
            parts.value(0).toHtmlEscaped(), parts.value(1).toHtmlEscaped());
    }
    showTextWindow(parent, u"shortcutsWindow"_s, HelpText::tr("Keyboard shortcuts"),
                   html + u"</table>"_s, TextFormat::Html, QSize(420, 520));
}

void showAboutBox(QWidget* parent) {
    auto* box = new QMessageBox(QMessageBox::Information, HelpText::tr("About PVI Studio"),
                                aboutHtml(), QMessageBox::Close, parent);
    box->setObjectName(u"aboutBox"_s);
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pvi
