// SPDX-License-Identifier: GPL-2.0-or-later
#include "searchbox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace cp::app {

SearchBox::SearchBox(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("Find by name or pinyin initials (Ctrl+F)"));
    setClearButtonEnabled(true);
    setMinimumWidth(320);
    m_model = new QStandardItemModel(this);
    auto *completer = new QCompleter(m_model, this);
    // The index has already matched (pinyin included); show its hits as they are.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(completer);
    connect(this, &QLineEdit::textEdited, this, &SearchBox::refreshSuggestions);
    connect(completer, QOverload<const QModelIndex &>::of(&QCompleter::activated), this, [this](const QModelIndex &index) {
        if (index.row() >= 0 && index.row() < m_hits.size())
            emit hitChosen(m_hits.at(index.row()));
    });
    connect(this, &QLineEdit::returnPressed, this, [this]() {
        if (!m_hits.isEmpty() && !this->completer()->popup()->isVisible())
            emit hitChosen(m_hits.first());
    });
}

void SearchBox::setLayers(const QList<QgsVectorLayer *> &layers)
{
    m_index.build(layers);
}

void SearchBox::refreshSuggestions(const QString &text)
{
    m_hits = m_index.find(text);
    m_model->clear();
    for (const map::SearchHit &hit : std::as_const(m_hits))
        m_model->appendRow(new QStandardItem(QStringLiteral("%1 — %2").arg(hit.name, hit.layerName)));
    completer()->complete();
}

} // namespace cp::app
