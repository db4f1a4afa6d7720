#include "pages/page_scaffold.h"

#include "charts/zoom.h"
#include "widgets/flow_layout.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi::scaffold {

QWidget* card(QWidget* content, QWidget* parent, int height) {
    auto* frame = new QFrame(parent);
    frame->setProperty("card", true);
    frame->setAttribute(Qt::WA_StyledBackground);
    if (height > 0)
        zoom::fixHeight(frame, height);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(content);
    return frame;
}

QWidget* titledCard(const QString& heading, QWidget* content, QWidget* parent, int height) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* label = new QLabel(heading, box);
    label->setObjectName(u"sectionHeading"_s);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    // The heading names what the card holds, for screen readers too.
    if (content->accessibleName().isEmpty())
        content->setAccessibleName(heading);
    return card(box, parent, height);
}

QProgressBar* busyBar(QWidget* parent) {
    auto* busy = new QProgressBar(parent);
    busy->setObjectName(u"busyIndicator"_s);
    busy->setRange(0, 0);
    zoom::fixWidth(busy, 140);
    busy->setTextVisible(false);
    busy->hide();
    return busy;
}

QLabel* messageLabel(QWidget* parent) {
    auto* message = new QLabel(parent);
    message->setObjectName(u"pageMessage"_s);
    message->setWordWrap(true);
    message->hide();
    return message;
}

QLabel* textLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QWidget* labelled(const QString& text, QWidget* field) {
    auto* label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    return keptTogether(field->parentWidget(), {label, field});
}

QVBoxLayout* scrollingContent(QWidget* page, const QString& title, QProgressBar* busy) {
    auto* content = new QWidget(page);
    content->setObjectName(u"pageContent"_s);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(10);
    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(title, content);
    heading->setObjectName(u"pageHeading"_s);
    header->addWidget(heading);
    header->addStretch(1);
    header->addWidget(busy);
    layout->addLayout(header);

    auto* scroll = new QScrollArea(page);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return layout;
}

} // namespace pvi::scaffold
