import {
  ActionGroup,
  Button,
  Form,
  FormGroup,
  Label,
  Pagination,
  Spinner,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { DownloadIcon } from "@patternfly/react-icons";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { saveFile, type Invoice, type InvoicePage, type SupplyPoint } from "../api";
import { ProblemAlert } from "../components/ProblemAlert";
import { SupplyPointPage } from "../components/SupplyPointPage";
import { formatAmount, formatDate } from "../format";
import { usePortalApi } from "../portal";

const statusColor: Record<string, "green" | "blue" | "red" | "grey"> = {
  PAID: "green",
  ISSUED: "blue",
  OVERDUE: "red",
  CANCELLED: "grey",
};

export function Invoices() {
  return (
    <SupplyPointPage titleKey="portalInvoices" descriptionKey="portalInvoicesDescription">
      {(sp) => <InvoiceList key={sp.id} supplyPoint={sp} />}
    </SupplyPointPage>
  );
}

type Period = { from: string; to: string };

function InvoiceList({ supplyPoint }: { supplyPoint: SupplyPoint }) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const [draft, setDraft] = useState<Period>({ from: "", to: "" });
  const [period, setPeriod] = useState<Period>({ from: "", to: "" });
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(10);
  const [result, setResult] = useState<InvoicePage>();
  const [error, setError] = useState<unknown>();
  const [downloading, setDownloading] = useState<string>();

  useEffect(() => {
    let active = true;
    setError(undefined);
    api
      .invoices(supplyPoint.id, { from: period.from || undefined, to: period.to || undefined, page, size })
      .then((r) => active && setResult(r))
      .catch((e) => active && setError(e));
    return () => {
      active = false;
    };
  }, [api, supplyPoint.id, period, page, size]);

  const applyFilter = (event: FormEvent) => {
    event.preventDefault();
    setPage(0);
    setPeriod(draft);
  };

  const download = async (invoice: Invoice) => {
    setDownloading(invoice.number);
    setError(undefined);
    try {
      saveFile(await api.invoicePdf(invoice.number));
    } catch (e) {
      setError(e);
    } finally {
      setDownloading(undefined);
    }
  };

  return (
    <>
      <Form isHorizontal={false} onSubmit={applyFilter} aria-label={t("portalInvoicesFilter")}>
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <FormGroup label={t("portalPeriodFrom")} fieldId="invoice-from">
                <TextInput
                  id="invoice-from"
                  type="month"
                  value={draft.from}
                  placeholder={t("portalMonthPlaceholder")}
                  onChange={(_e, from) => setDraft({ ...draft, from })}
                />
              </FormGroup>
            </ToolbarItem>
            <ToolbarItem>
              <FormGroup label={t("portalPeriodTo")} fieldId="invoice-to">
                <TextInput
                  id="invoice-to"
                  type="month"
                  value={draft.to}
                  placeholder={t("portalMonthPlaceholder")}
                  onChange={(_e, to) => setDraft({ ...draft, to })}
                />
              </FormGroup>
            </ToolbarItem>
            <ToolbarItem style={{ alignSelf: "flex-end" }}>
              <ActionGroup>
                <Button type="submit" variant="secondary">
                  {t("portalFilterApply")}
                </Button>
                <Button
                  variant="link"
                  onClick={() => {
                    setDraft({ from: "", to: "" });
                    setPeriod({ from: "", to: "" });
                    setPage(0);
                  }}
                >
                  {t("portalFilterClear")}
                </Button>
              </ActionGroup>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      </Form>
      <ProblemAlert error={error} />
      {!result && !error && <Spinner size="lg" aria-label={t("portalLoading")} />}
      {result && result.items.length === 0 && <p>{t("portalInvoicesNone")}</p>}
      {result && result.items.length > 0 && (
        <>
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
              {result.items.map((invoice) => (
                <Tr key={invoice.number} data-testid={`invoice-${invoice.number}`}>
                  <Td dataLabel={t("portalInvoiceNumber")}>{invoice.number}</Td>
                  <Td dataLabel={t("portalInvoiceIssueDate")}>{formatDate(invoice.issueDate)}</Td>
                  <Td dataLabel={t("portalInvoicePeriod")}>
                    {invoice.periodFrom &&
                      t("portalPeriodRange", {
                        from: formatDate(invoice.periodFrom),
                        to: formatDate(invoice.periodTo),
                      })}
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
                        onClick={() => download(invoice)}
                        aria-label={t("portalInvoiceDownloadNamed", { number: invoice.number })}
                        data-testid={`invoice-pdf-${invoice.number}`}
                      >
                        {t("portalInvoiceDownload")}
                      </Button>
                    )}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
          <Pagination
            itemCount={result.total}
            page={page + 1}
            perPage={size}
            perPageOptions={[10, 20, 50].map((value) => ({ title: String(value), value }))}
            onSetPage={(_e, p) => setPage(p - 1)}
            onPerPageSelect={(_e, perPage) => {
              setSize(perPage);
              setPage(0);
            }}
            titles={{
              paginationAriaLabel: t("portalPagination"),
              perPageSuffix: t("portalPerPage"),
              items: t("portalItems"),
              page: t("portalPage"),
              pages: t("portalPages"),
              ofWord: t("portalOf"),
              toFirstPageAriaLabel: t("portalPageFirst"),
              toPreviousPageAriaLabel: t("portalPagePrevious"),
              toNextPageAriaLabel: t("portalPageNext"),
              toLastPageAriaLabel: t("portalPageLast"),
              currPageAriaLabel: t("portalPageCurrent"),
              optionsToggleAriaLabel: t("portalPerPageOptions"),
            }}
          />
        </>
      )}
    </>
  );
}
