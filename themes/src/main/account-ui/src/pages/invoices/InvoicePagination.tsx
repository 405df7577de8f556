import { Pagination } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

type Props = {
  total: number;
  /** from 0, as the API counts */
  page: number;
  size: number;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
};

/**
 * PatternFly's pagination with our labels (it counts pages from 1, the API from 0). The per-page toggle keeps the name
 * its visible text gives it ("1 - 8 of 8"): a different aria-label would hide what a voice user sees (WCAG 2.5.3).
 */
export function InvoicePagination({ total, page, size, onPage, onSize }: Props) {
  const { t } = useTranslation();
  return (
    <Pagination
      itemCount={total}
      page={page + 1}
      perPage={size}
      perPageOptions={[10, 20, 50].map((value) => ({ title: String(value), value }))}
      onSetPage={(_e, p) => onPage(p - 1)}
      onPerPageSelect={(_e, perPage) => onSize(perPage)}
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
      }}
    />
  );
}
