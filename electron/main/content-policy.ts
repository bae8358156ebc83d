import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { APP_SCHEME } from './app-scheme';

export type RendererMode = 'production' | 'development';

/**
 * The built app gets the shared policy unchanged. The Vite dev server needs inline code (the
 * React Refresh preamble and the <style> tags it injects for CSS), so development alone allows
 * inline scripts and styles; everything else stays as strict.
 */
export function contentSecurityPolicyFor(mode: RendererMode): string {
  if (mode === 'production') return CONTENT_SECURITY_POLICY;
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) =>
      directive === "script-src 'self'" || directive === "style-src 'self'"
        ? `${directive} 'unsafe-inline'`
        : directive,
    )
    .join('; ');
}

export function rendererModeOf(appUrl: string): RendererMode {
  return appUrl.startsWith(`${APP_SCHEME}:`) ? 'production' : 'development';
}
