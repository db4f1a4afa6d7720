#pragma once

#include <QLayout>
#include <QList>

namespace pvi {

/// A layout that keeps its items in a list and places them in one pass, arrange(), which both
/// measures (the height for a width) and applies the geometry. FlowLayout and TileGridLayout
/// differ only in that pass and their size hints.
class ArrangedLayout : public QLayout {
public:
    explicit ArrangedLayout(QWidget* parent = nullptr);
    ~ArrangedLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    void setGeometry(const QRect& rect) override;

protected:
    /// Places the items in `rect` (only measures when `apply` is false); the height used.
    virtual int arrange(const QRect& rect, bool apply) const = 0;
    /// `size` with the contents margins added around it.
    QSize withMargins(QSize size) const;

    QList<QLayoutItem*> m_items;
};

} // namespace pvi
