import { Spinner, Title } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DocumentScope } from "../../api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useDownload } from "../../useDownload";
import { usePortalApi } from "../../usePortalApi";
import { usePortalQuery } from "../../usePortalQuery";
import { InvoicePagination } from "../invoices/InvoicePagination";
import { DocumentTable } from "./DocumentTable";

type Props = { scope: DocumentScope; titleKey: string; noneKey: string };

/** One list of documents (the customer's own or the general ones): a heading, the table and its pages. */
export function DocumentSection({ scope, titleKey, noneKey }: Props) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(10);
  const file = useDownload();
  const query = usePortalQuery((api, signal) => api.documents({ scope, page, size }, signal), [scope, page, size], {
    keepPrevious: true,
  });
  const result = query.data;
  const headingId = `documents-${scope}-title`;

  return (
    <section aria-labelledby={headingId} data-testid={`documents-${scope}`}>
      <Title headingLevel="h2" size="lg" id={headingId}>
        {t(titleKey)}
      </Title>
      <ProblemAlert problem={query.problem ?? file.problem} />
      {!result && query.loading && <Spinner size="lg" aria-label={t("portalLoading")} />}
      {result && result.items.length === 0 && <p data-testid={`documents-${scope}-none`}>{t(noneKey)}</p>}
      {result && result.items.length > 0 && (
        <>
          <DocumentTable
            documents={result.items}
            labelledBy={headingId}
            downloading={file.downloading}
            onDownload={async (document) => {
              await file.download(String(document.id), () => api.documentContent(document));
              // the first download clears the "new" marker: ask the server again rather than guess
              if (!document.downloaded) query.reload();
            }}
          />
          {result.total > 10 && (
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
          )}
        </>
      )}
    </section>
  );
}
