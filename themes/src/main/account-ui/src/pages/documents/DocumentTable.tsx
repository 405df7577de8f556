import { Button, Label } from "@patternfly/react-core";
import { DownloadIcon } from "@patternfly/react-icons";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import type { PortalDocument } from "../../api";
import { formatDate } from "../../format";

type Props = {
  documents: readonly PortalDocument[];
  /** the id of the heading that names the table */
  labelledBy: string;
  /** the id (as text) of the document being downloaded */
  downloading: string | undefined;
  onDownload: (document: PortalDocument) => void;
};

export function DocumentTable({ documents, labelledBy, downloading, onDownload }: Props) {
  const { t } = useTranslation();
  return (
    <Table aria-labelledby={labelledBy} variant="compact">
      <Thead>
        <Tr>
          <Th>{t("portalDocumentTitle")}</Th>
          <Th>{t("portalDocumentCategory")}</Th>
          <Th>{t("portalDocumentDate")}</Th>
          <Th>{t("portalDocumentLanguage")}</Th>
          <Th screenReaderText={t("portalActions")} />
        </Tr>
      </Thead>
      <Tbody>
        {documents.map((document) => (
          <DocumentRow key={document.id} document={document} downloading={downloading} onDownload={onDownload} />
        ))}
      </Tbody>
    </Table>
  );
}

function DocumentRow({
  document,
  downloading,
  onDownload,
}: Omit<Props, "documents" | "labelledBy"> & { document: PortalDocument }) {
  const { t, i18n } = useTranslation();
  const busy = downloading === String(document.id);
  return (
    <Tr data-testid={`document-${document.id}`}>
      <Td dataLabel={t("portalDocumentTitle")}>
        {document.title}{" "}
        {!document.downloaded && (
          <Label color="blue" isCompact data-testid={`document-new-${document.id}`}>
            {t("portalDocumentNew")}
          </Label>
        )}
      </Td>
      <Td dataLabel={t("portalDocumentCategory")}>
        {t(`portalDocumentCategory${document.category}`, { defaultValue: document.category })}
      </Td>
      <Td dataLabel={t("portalDocumentDate")}>{formatDate(document.date)}</Td>
      <Td dataLabel={t("portalDocumentLanguage")}>
        <span lang={document.language}>{languageName(document.language, i18n.language)}</span>
      </Td>
      <Td isActionCell>
        <Button
          variant="link"
          icon={<DownloadIcon />}
          isLoading={busy}
          isDisabled={busy}
          onClick={() => onDownload(document)}
          // the name starts with the visible text, so "click Download" works for voice users (WCAG 2.5.3)
          aria-label={t("portalDocumentDownloadNamed", { title: document.title })}
          data-testid={`document-download-${document.id}`}
        >
          {t("portalDocumentDownload")}
        </Button>
      </Td>
    </Tr>
  );
}

/** The document's language in the console's language ("italiano", "English"), the tag itself if unknown. */
function languageName(tag: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
