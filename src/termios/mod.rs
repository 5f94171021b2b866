//! Terminal interface (POSIX <termios.h>; musl: src/termios/).
pub mod cfgetospeed;
pub mod cfmakeraw;
pub mod cfsetospeed;
pub mod tcdrain;
pub mod tcflow;
pub mod tcflush;
pub mod tcgetattr;
pub mod tcgetsid;
pub mod tcgetwinsize;
pub mod tcsendbreak;
pub mod tcsetattr;
