import { Button, Label } from "@patternfly/react-core";
import { DownloadIcon } from "@patternfly/react-icons";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import type { Invoice } from "../../api";
import { formatAmount, formatDate } from "../../format";

const statusColor: Record<Invoice["status"], "green" | "blue" | "red" | "grey"> = {
  PAID: "green",
  ISSUED: "blue",
  OVERDUE: "red",
  CANCELLED: "grey",
};

type Props = {
  invoices: readonly Invoice[];
  /** the number of the invoice whose PDF is being downloaded */
  downloading: string | undefined;
  onDownload: (invoice: Invoice) => void;
};

export function InvoiceTable({ invoices, downloading, onDownload }: Props) {
  const { t } = useTranslation();
  return (
    <Table aria-label={t("portalInvoices")} variant="compact" data-testid="invoices">
      <Thead>
        <Tr>
          <Th>{t("portalInvoiceNumber")}</Th>
          <Th>{t("portalInvoiceIssueDate")}</Th>
          <Th>{t("portalInvoicePeriod")}</Th>
          <Th>{t("portalInvoiceAmount")}</Th>
          <Th>{t("portalInvoiceDueDate")}</Th>
          <Th>{t("portalInvoiceStatus")}</Th>
          <Th screenReaderText={t("portalActions")} />
        </Tr>
      </Thead>
      <Tbody>
        {invoices.map((invoice) => (
          <InvoiceRow key={invoice.number} invoice={invoice} downloading={downloading} onDownload={onDownload} />
        ))}
      </Tbody>
    </Table>
  );
}

function InvoiceRow({ invoice, downloading, onDownload }: Omit<Props, "invoices"> & { invoice: Invoice }) {
  const { t } = useTranslation();
  return (
    <Tr data-testid={`invoice-${invoice.number}`}>
      <Td dataLabel={t("portalInvoiceNumber")}>{invoice.number}</Td>
      <Td dataLabel={t("portalInvoiceIssueDate")}>{formatDate(invoice.issueDate)}</Td>
      <Td dataLabel={t("portalInvoicePeriod")}>
        {invoice.periodFrom &&
          t("portalPeriodRange", { from: formatDate(invoice.periodFrom), to: formatDate(invoice.periodTo) })}
      </Td>
      <Td dataLabel={t("portalInvoiceAmount")}>{formatAmount(invoice.amount)}</Td>
      <Td dataLabel={t("portalInvoiceDueDate")}>{formatDate(invoice.dueDate)}</Td>
      <Td dataLabel={t("portalInvoiceStatus")}>
        <Label color={statusColor[invoice.status] ?? "grey"}>
          {t(`portalInvoiceStatus${invoice.status}`, { defaultValue: invoice.status })}
        </Label>
      </Td>
      <Td isActionCell>
        {invoice.hasPdf && (
          <Button
            variant="link"
            icon={<DownloadIcon />}
            isLoading={downloading === invoice.number}
            isDisabled={downloading === invoice.number}
            onClick={() => onDownload(invoice)}
            aria-label={t("portalInvoiceDownloadNamed", { number: invoice.number })}
            data-testid={`invoice-pdf-${invoice.number}`}
          >
            {t("portalInvoiceDownload")}
          </Button>
        )}
      </Td>
    </Tr>
  );
}
