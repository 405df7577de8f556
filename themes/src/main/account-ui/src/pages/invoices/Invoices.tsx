import { Spinner } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SupplyPoint } from "../../api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { SupplyPointPage } from "../../components/SupplyPointPage";
import { useDownload } from "../../useDownload";
import { usePortalApi } from "../../usePortalApi";
import { usePortalQuery } from "../../usePortalQuery";
import { InvoiceFilter, type Period } from "./InvoiceFilter";
import { InvoicePagination } from "./InvoicePagination";
import { InvoiceTable } from "./InvoiceTable";

export function Invoices() {
  return (
    <SupplyPointPage titleKey="portalInvoices" descriptionKey="portalInvoicesDescription">
      {(sp) => <InvoiceList key={sp.id} supplyPoint={sp} />}
    </SupplyPointPage>
  );
}

/** One page of the supply point's invoices, optionally within a period of issue months; each PDF downloadable. */
function InvoiceList({ supplyPoint }: { supplyPoint: SupplyPoint }) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const [period, setPeriod] = useState<Period>({ from: "", to: "" });
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(10);
  const pdf = useDownload();
  const query = usePortalQuery(
    (api, signal) =>
      api.invoices(supplyPoint.id, { from: period.from || undefined, to: period.to || undefined, page, size }, signal),
    [supplyPoint.id, period, page, size],
    // the table stays while the next page loads
    { keepPrevious: true },
  );
  const result = query.data;

  return (
    <>
      <InvoiceFilter
        onApply={(chosen) => {
          setPage(0);
          setPeriod(chosen);
        }}
      />
      <ProblemAlert problem={query.problem ?? pdf.problem} />
      {!result && query.loading && <Spinner size="lg" aria-label={t("portalLoading")} />}
      {result && result.items.length === 0 && <p>{t("portalInvoicesNone")}</p>}
      {result && result.items.length > 0 && (
        <>
          <InvoiceTable
            invoices={result.items}
            downloading={pdf.downloading}
            onDownload={(invoice) => pdf.download(invoice.number, () => api.invoicePdf(invoice.number))}
          />
          <InvoicePagination
            total={result.total}
            page={page}
            size={size}
            onPage={setPage}
            onSize={(perPage) => {
              setSize(perPage);
              setPage(0);
            }}
          />
        </>
      )}
    </>
  );
}
