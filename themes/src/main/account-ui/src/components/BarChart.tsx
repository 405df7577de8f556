export type Bar = { label: string; shortLabel: string; value: number | null };

type Props = {
  title: string;
  unit: string;
  bars: Bar[];
  formatValue: (value: number) => string;
  /** What a screen reader says for the whole chart: the series in a sentence. */
  summary: string;
  /** The id of the table that holds the same numbers: the chart's description. */
  tableId: string;
  /** The chart's test id: the monthly chart is "consumption-chart". */
  testId?: string;
};

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { top: 28, right: 8, bottom: 28, left: 56 };

/**
 * A dependency-free SVG bar chart. For screen readers it is one image named by the summary and described by the table
 * of the same numbers (tableId); the bars' own titles are tooltips for the mouse.
 */
export function BarChart({ title, unit, bars, formatValue, summary, tableId, testId = "consumption-chart" }: Props) {
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
  const top = niceCeiling(max);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, bars.length);
  const y = (v: number) => PAD.top + plotH - (top === 0 ? 0 : (v / top) * plotH);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={summary}
      aria-describedby={tableId}
      style={{ maxWidth: WIDTH, display: "block" }}
      data-testid={testId}
      data-bars={bars.length}
    >
      <title>{`${title} (${unit})`}</title>
      <AxisUnit unit={unit} />
      <GridLines top={top} y={y} formatValue={formatValue} />
      {bars.map((bar, i) => {
        const x = PAD.left + i * slot + slot * 0.15;
        const w = slot * 0.7;
        const value = bar.value ?? 0;
        return (
          <g key={`${i}-${bar.label}`}>
            <rect x={x} y={y(value)} width={w} height={Math.max(0, PAD.top + plotH - y(value))} fill="#0066cc">
              <title>{`${bar.label}: ${bar.value === null ? "–" : formatValue(value)} ${unit}`}</title>
            </rect>
            {bar.shortLabel && (
              <text
                x={x + w / 2}
                y={HEIGHT - 10}
                textAnchor="middle"
                fontSize={11}
                fill="currentColor"
                aria-hidden="true"
              >
                {bar.shortLabel}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** The value axis's unit (kWh, Smc, m³ as the API gives it), above its numbers; the summary says it to screen readers. */
function AxisUnit({ unit }: { unit: string }) {
  return (
    <text
      x={PAD.left - 6}
      y={12}
      textAnchor="end"
      fontSize={11}
      fontWeight="bold"
      fill="currentColor"
      aria-hidden="true"
      data-testid="consumption-chart-unit"
    >
      {unit}
    </text>
  );
}

/** Horizontal lines at 0, 1/4, 1/2, 3/4 and the top of the scale, labelled on the left; hidden from screen readers. */
function GridLines({
  top,
  y,
  formatValue,
}: {
  top: number;
  y: (v: number) => number;
  formatValue: Props["formatValue"];
}) {
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  return (
    <>
      {ticks.map((tick) => (
        <g key={tick} aria-hidden="true">
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#d2d2d2" strokeWidth={1} />
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} fill="currentColor">
            {formatValue(tick)}
          </text>
        </g>
      ))}
    </>
  );
}

/** 1, 2, 2.5 or 5 times a power of ten, at least the value: round grid lines. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}
