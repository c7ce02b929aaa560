import { useEffect, useState } from 'react';
import { toString as qrSvg } from 'qrcode';
import { usePresenter } from '../../presenter/presenter.ts';
import { absoluteUrl, labHash } from './definition.ts';

/**
 * "Link to this demo": a link to the lab's own page with the current settings and autorun, so it
 * reproduces the demo. In presenter mode it also shows the link as a QR code (drawn by the
 * `qrcode` package as SVG), so a class can open the same demo on their phones.
 * Main thread (React).
 */
export function ShareLink({ lab, query }: { lab: string; query: string | null }) {
  const presenter = usePresenter();
  const hash = query === null ? null : labHash(lab, query);
  const [qr, setQr] = useState<{ url: string; svg: string } | null>(null);
  const url = hash && presenter ? absoluteUrl(hash) : null;
  useEffect(() => {
    if (!url) return undefined;
    let live = true;
    qrSvg(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })
      .then((svg) => live && setQr({ url, svg }))
      .catch(() => live && setQr(null));
    return () => {
      live = false;
    };
  }, [url]);
  if (!hash) return null;
  return (
    <>
      <a className="lab-link" href={hash} title="A link that opens this lab with these settings and runs it" data-testid="lab-link">
        Link to this demo
      </a>
      {url && qr?.url === url ? (
        <figure className="lab-qr" data-testid="lab-qr">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr.svg)}`} width={160} height={160} alt={`QR code of the link to this demo: ${url}`} />
          <figcaption>Scan to open this demo</figcaption>
        </figure>
      ) : null}
    </>
  );
}
