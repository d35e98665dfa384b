"""The look: large touch targets (at least 48 px) and readable type for counters and kiosks."""

STYLE_SHEET = """
QWidget { font-size: 16px; }
QPushButton, QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit {
    min-height: 48px; padding: 0 12px;
}
QPushButton { min-width: 48px; border-radius: 6px; background: #e8eef5;
              border: 1px solid #9fb3c8; }
QPushButton:disabled { color: #8a8a8a; background: #f0f0f0; }
QPushButton[primary="true"] { background: #1f6fb2; color: white; font-weight: bold; }
QPushButton[primary="true"]:disabled { background: #9bbbd6; }
QListWidget::item, QTableWidget::item { min-height: 48px; padding: 6px; }
QLabel[role="title"] { font-size: 24px; font-weight: bold; }
QLabel[role="error"] { color: #b00020; font-weight: bold; }
QLabel[role="busy"] { color: #1f6fb2; }
QLabel[role="ok"] { color: #1b7f3b; font-weight: bold; }
QFrame#CustomerPanel { background: #f5f8fb; border-left: 1px solid #c9d6e3; }
"""
