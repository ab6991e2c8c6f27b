/** Icons as inline SVG paths (24×24, stroked): no icon font, no emoji that a kiosk may lack. */
const PATHS = {
  products: 'M3 7l9-4 9 4-9 4-9-4zm0 0v10l9 4 9-4V7M12 11v10',
  sales: 'M6 2h12v20l-3-2-3 2-3-2-3 2V2zm3 5h6m-6 4h6m-6 4h4',
  home: 'M3 11l9-8 9 8M5 9v12h5v-6h4v6h5V9',
  register: 'M4 8h16v12H4zM7 4h10v4H7zm1 8h2m3 0h2m-7 4h2m3 0h2',
  today: 'M2 12h4l3-7 4 14 3-7h6',
  reports: 'M4 20V4m0 16h16M8 16v-4m4 4V8m4 8v-6',
  alerts: 'M6 16V11a6 6 0 0112 0v5l2 2H4l2-2zm4 4h4',
  stock: 'M3 21V9l9-6 9 6v12M7 21v-8h10v8M7 17h10',
  import: 'M12 3v12m-4-4l4 4 4-4M4 17v3h16v-3',
} as const;

export type IconName = keyof typeof PATHS;

/** A decorative icon; the text beside it carries the meaning. */
export function Icon({ name, size = 24 }: { readonly name: IconName; readonly size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
