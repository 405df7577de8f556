import {
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { Home } from "../../api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { formatAmount, formatDate } from "../../format";
import { useDownload } from "../../useDownload";
import { usePortalApi } from "../../usePortalApi";
import { HomeCard } from "./HomeCard";

/** The invoice issued last: amount, due date, whether it is paid, and its PDF. */
export function LatestInvoiceCard({ invoice }: { invoice: Home["latestInvoice"] }) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const pdf = useDownload();
  const to = invoice?.supplyPointId ? `invoices?sp=${invoice.supplyPointId}` : "invoices";
  return (
    <HomeCard id="invoice" title={t("portalHomeInvoice")} link={{ to, label: t("portalHomeInvoiceLink") }}>
      {!invoice ? (
        <p>{t("portalInvoicesNone")}</p>
      ) : (
        <>
          <ProblemAlert problem={pdf.problem} />
          <DescriptionList isCompact data-testid="home-invoice-details">
            <Row term={t("portalHomeInvoiceNumber")} value={invoice.number} />
            <Row term={t("portalHomeInvoiceAmount")} value={formatAmount(invoice.amount)} />
            <Row term={t("portalHomeInvoiceDue")} value={invoice.dueDate ? formatDate(invoice.dueDate) : "-"} />
            <Row term={t("portalInvoiceStatus")} value={t(`portalInvoiceStatus${invoice.status}`)} />
          </DescriptionList>
          {invoice.hasPdf && (
            <Button
              variant="link"
              isInline
              isLoading={pdf.downloading === invoice.number}
              onClick={() => pdf.download(invoice.number, () => api.invoicePdf(invoice.number))}
              data-testid="home-invoice-pdf"
            >
              {t("portalHomeInvoicePdf", { number: invoice.number })}
            </Button>
          )}
        </>
      )}
    </HomeCard>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>{value}</DescriptionListDescription>
    </DescriptionListGroup>
  );
}
