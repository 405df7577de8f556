import { FormGroup, FormSelect, FormSelectOption } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { SupplyPoint } from "../api";
import { formatAddress } from "../format";
import { useSupplyPoints } from "../portal";

export function supplyPointLabel(t: (key: string) => string, sp: SupplyPoint): string {
  return `${t(`portalCommodity${sp.commodity}`)} ${sp.code} – ${formatAddress(sp.address)}`;
}

/** The supply point the portal pages show; the choice is kept across pages (see SupplyPointProvider). */
export function SupplyPointSelector() {
  const { t } = useTranslation();
  const { supplyPoints, selected, select } = useSupplyPoints();
  if (!supplyPoints || supplyPoints.length === 0) return null;
  return (
    <FormGroup label={t("portalSupplyPointSelect")} fieldId="sportello-supply-point">
      <FormSelect
        id="sportello-supply-point"
        data-testid="supply-point-select"
        value={selected ? String(selected.id) : ""}
        onChange={(_event, value) => select(Number(value))}
      >
        {supplyPoints.map((sp) => (
          <FormSelectOption key={sp.id} value={String(sp.id)} label={supplyPointLabel(t, sp)} />
        ))}
      </FormSelect>
    </FormGroup>
  );
}
