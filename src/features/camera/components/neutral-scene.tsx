/** A stand-in scene for the camera preview when there is no first frame: horizon, sun and a grid to read motion against. */
export const NeutralScene = () => (
  <svg viewBox="0 0 160 90" preserveAspectRatio="xMidYMid slice" className="size-full" aria-hidden>
    <defs>
      <linearGradient id="camera-sky" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stopColor="#1e3a5f" />
        <stop offset="1" stopColor="#f59e0b" stopOpacity="0.6" />
      </linearGradient>
    </defs>
    <rect width="160" height="55" fill="url(#camera-sky)" />
    <circle cx="112" cy="40" r="9" fill="#fcd34d" />
    <rect y="55" width="160" height="35" fill="#1f2937" />
    {[-60, -30, 0, 30, 60, 90, 120, 150, 180, 210].map((x) => (
      <line key={x} x1={80} y1={55} x2={x} y2={90} stroke="#4b5563" strokeWidth="0.6" />
    ))}
    {[60, 67, 78].map((y) => (
      <line key={y} x1={0} y1={y} x2={160} y2={y} stroke="#4b5563" strokeWidth="0.6" />
    ))}
    <rect x="30" y="35" width="14" height="20" fill="#374151" />
    <rect x="48" y="28" width="10" height="27" fill="#4b5563" />
  </svg>
);
