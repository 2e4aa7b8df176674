/**
 * A chart of facts drawn by Observable Plot, with its data as a table (for screen readers, and for
 * anyone who wants the numbers), and buttons to save it as SVG or PNG.
 *
 * The app's content security policy allows no inline `<style>` element, so Plot's own (a few
 * default rules) is removed from the SVG before it enters the document; styles/facts.css gives the
 * same rules to the `facts-plot` class. Colours come from `currentColor` and the theme's tokens,
 * so the chart follows the light, dark and sepia themes.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'react';
import { saveFile } from '../export/save-file';
import type { ChartData } from './chart-data';

const CLASS = 'facts-plot';

function draw(data: ChartData, width: number): { svg: SVGSVGElement; colours: Array<[string, string]> } {
  const accent = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() || 'steelblue';
  const common = {
    className: CLASS,
    width,
    height: 320,
    marginLeft: 64,
    style: { background: 'transparent' },
    y: { grid: true, label: data.unit ?? 'count', tickFormat: '~s' as const },
    document
  };
  const plot =
    data.kind === 'line'
      ? Plot.plot({
          ...common,
          // Room for the series names written at the end of each line.
          marginRight: 120,
          x: { label: 'year', tickFormat: 'd', ticks: [...new Set(data.points.map((p) => p.year))] },
          color: { type: 'categorical' },
          marks: [
            Plot.ruleY([0]),
            Plot.line(data.points, { x: 'year', y: 'value', stroke: 'label', marker: 'circle' }),
            Plot.text(data.points, Plot.selectLast({ x: 'year', y: 'value', z: 'label', text: 'label', dx: 6, textAnchor: 'start' }))
          ]
        })
      : Plot.plot({
          ...common,
          marginBottom: 60,
          x: { label: null, tickRotate: -20 },
          marks: [Plot.barY(data.points, { x: 'label', y: 'value', fill: accent, sort: { x: '-y' } }), Plot.ruleY([0])]
        });
  const svg = plot as unknown as SVGSVGElement;
  svg.querySelectorAll('style').forEach((style) => style.remove());
  // The whole chart is one image with its own label and a data table; Plot's labels on inner groups
  // are not allowed inside role="img".
  svg.querySelectorAll('[aria-label], [aria-description]').forEach((element) => {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  });
  svg.removeAttribute('aria-description');
  const scale = data.kind === 'line' ? plot.scale('color') : null;
  const domain = scale?.domain ? [...scale.domain] : [];
  const range = scale?.range ? [...scale.range] : [];
  const colours: Array<[string, string]> = range.length > 0 ? domain.map((label, i) => [String(label), String(range[i % range.length])]) : [];
  return { svg, colours };
}

/** The SVG as a standalone file: the theme's text colour written in, so it reads outside the app. */
function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('color', getComputedStyle(svg).color);
  copy.setAttribute('font-family', 'Inter, system-ui, sans-serif');
  return new XMLSerializer().serializeToString(copy);
}

async function savePng(svg: SVGSVGElement, filename: string): Promise<void> {
  const text = standaloneSvg(svg);
  const image = new Image();
  // A data: URL, which the policy's img-src allows (blob: is not allowed).
  image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(text)))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  const ratio = 2;
  canvas.width = svg.viewBox.baseVal.width * ratio;
  canvas.height = svg.viewBox.baseVal.height * ratio;
  const context = canvas.getContext('2d')!;
  context.fillStyle = getComputedStyle(svg.closest('.fact-chart') ?? document.body).backgroundColor;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) saveFile(filename, blob);
}

export interface FactChartProps {
  data: ChartData;
  title: string;
  /** Base of the saved file names ("facts-chart"). */
  fileStem: string;
}

export function FactChart({ data, title, fileStem }: FactChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const [colours, setColours] = useState<Array<[string, string]>>([]);

  useEffect(() => {
    const element = host.current;
    if (!element || data.points.length === 0) return;
    const render = () => {
      const drawn = draw(data, Math.max(320, Math.min(760, element.clientWidth || 640)));
      drawn.svg.setAttribute('role', 'img');
      drawn.svg.setAttribute('aria-label', title);
      element.replaceChildren(drawn.svg);
      setSvg(drawn.svg);
      setColours(drawn.colours);
    };
    render();
    // Redrawn when the theme changes, so its colours follow.
    const observer = new MutationObserver(render);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
    return () => observer.disconnect();
  }, [data, title]);

  if (data.points.length === 0) return <p className="muted">Nothing to draw: no dated facts in one unit match the filters.</p>;
  return (
    <div className="fact-chart" tabIndex={0} aria-label={`${title}. The data table below the chart lists every point.`} role="group">
      {colours.length > 1 && (
        <div className="facts-plot-swatches" aria-hidden="true">
          {colours.map(([label, colour]) => (
            <span key={label} className="facts-plot-swatch">
              <svg width="12" height="12" aria-hidden="true">
                <rect width="12" height="12" fill={colour} />
              </svg>
              {label}
            </span>
          ))}
        </div>
      )}
      <div className="fact-chart-figure" ref={host} data-testid="fact-chart" />
      <div className="fact-chart-actions">
        <button
          type="button"
          className="button small"
          disabled={!svg}
          onClick={() => svg && saveFile(`${fileStem}.svg`, new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }))}
        >
          Save as SVG
        </button>
        <button type="button" className="button small" disabled={!svg} onClick={() => svg && void savePng(svg, `${fileStem}.png`)}>
          Save as PNG
        </button>
      </div>
      <details>
        <summary>Data table</summary>
        <table className="facts-table">
          <caption className="visually-hidden">{title}: the data</caption>
          <thead>
            <tr>
              <th scope="col">Entity</th>
              <th scope="col">Period</th>
              <th scope="col">Figure</th>
              <th scope="col">Briefing</th>
            </tr>
          </thead>
          <tbody>
            {data.points.map((p) => (
              <tr key={p.factId}>
                <td>{p.label}</td>
                <td>{p.period}</td>
                <td>{p.figure}</td>
                <td>{p.briefing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
