export const camera = {
  type: 'Move',
  types: {
    none: { label: 'None', hint: 'No camera move: Kling decides.' },
    simple: { label: 'Simple', hint: 'One axis of your choice: slide, turn, roll or zoom.' },
    down_back: { label: 'Down & back', hint: 'The camera sinks and pulls back.' },
    forward_up: { label: 'Forward & up', hint: 'The camera pushes in and rises.' },
    right_turn_forward: { label: 'Right turn', hint: 'The camera turns right while moving forward.' },
    left_turn_forward: { label: 'Left turn', hint: 'The camera turns left while moving forward.' },
  },
  oneAxis: 'Kling moves one axis at a time: moving one sets the others back to 0.',
  wasReset: 'reset to 0',
  resetAnnounce: '{{axes}} reset to 0.',
  axes: {
    horizontal: { label: 'Horizontal', negative: 'slides left', positive: 'slides right', still: 'still' },
    vertical: { label: 'Vertical', negative: 'moves down', positive: 'moves up', still: 'still' },
    pan: { label: 'Pan', negative: 'turns left', positive: 'turns right', still: 'still' },
    tilt: { label: 'Tilt', negative: 'tilts down', positive: 'tilts up', still: 'still' },
    roll: { label: 'Roll', negative: 'rolls counter-clockwise', positive: 'rolls clockwise', still: 'still' },
    zoom: { label: 'Zoom', negative: 'moves closer', positive: 'pulls back wider', still: 'still' },
  },
  preview: {
    still: 'No move.',
    axis: '{{axis}} {{value}}: the camera {{meaning}}.',
    pickAxis: 'Move one slider to choose the axis.',
  },
};
