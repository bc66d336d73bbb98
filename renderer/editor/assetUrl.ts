import { useEffect, useState } from 'react';
import { call } from '../api';

let base: Promise<string> | null = null;

/**
 * The URL of an asset (a story photo). The prefix comes from window.galley, so the page never
 * knows whether it runs in Electron (`galley-asset:`) or in the test host (`./asset/`).
 */
export function assetUrl(id: string): Promise<string> {
  base ??= call('getAssetBase', {});
  return base.then((prefix) => `${prefix}${encodeURIComponent(id)}`);
}

/** The asset's URL once known; '' until then. */
export function useAssetUrl(id: string): string {
  const [url, setUrl] = useState('');
  useEffect(() => {
    let current = true;
    void assetUrl(id).then((resolved) => current && setUrl(resolved));
    return () => {
      current = false;
    };
  }, [id]);
  return url;
}
