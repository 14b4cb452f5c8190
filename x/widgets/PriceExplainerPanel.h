#pragma once

#include "api/PricingTypes.h"

#include <QPointer>
#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Kepler {

class ApiSession;
class ExplainPriceJob;
class PartnerDirectoryModel;

// "Why does this partner pay this for this SKU?": pick a partner (by id, or found by name as in
// Go to partner), a SKU id and a moment; the service walks the same engine the gateway prices
// with and the panel shows the price, floor and ceiling, the guardrail, the commission, whether
// the partner may sell the SKU at all, and the rule trail step by step.
class PriceExplainerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PriceExplainerPanel(ApiSession *session, QWidget *parent = nullptr);

    void explain(qint64 partnerId, qint64 skuId, const QDateTime &at = {});
    QLineEdit *partnerField() const { return m_partner; }
    QLineEdit *skuField() const { return m_sku; }
    QDateTimeEdit *timeField() const { return m_at; }
    QPushButton *explainButton() const { return m_explain; }
    QLabel *priceLabel() const { return m_price; }
    QLabel *statusLabel() const { return m_status; } // "Partner #17 今日资讯 (Guide) · SKU …"
    QTableWidget *trail() const { return m_trail; }
    const PriceExplainResult &result() const { return m_result; }

Q_SIGNALS:
    void explained();

protected:
    void changeEvent(QEvent *event) override;

private:
    void start();
    void findPartner();
    void showResult(const PriceExplainResult &result);
    void retranslate();

    ApiSession *m_session;
    PartnerDirectoryModel *m_directory = nullptr;
    QPointer<ExplainPriceJob> m_job;
    PriceExplainResult m_result;
    bool m_hasResult = false;
    QLabel *m_partnerCaption = nullptr;
    QLineEdit *m_partner = nullptr;
    QPushButton *m_find = nullptr;
    QLabel *m_skuCaption = nullptr;
    QLineEdit *m_sku = nullptr;
    QLabel *m_atCaption = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QPushButton *m_now = nullptr;
    QPushButton *m_explain = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_price = nullptr;
    QLabel *m_details = nullptr;
    QTableWidget *m_trail = nullptr;
};

} // namespace Kepler
