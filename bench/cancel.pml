/*
 * cancel: N IRPs, each sent by its own application process, completed by its own send-complete
 * (miniport) process and raced by its own canceller, all serialised by one lock, forever.
 * The twin of bench/cancel.irp: every statement is one transition; taking the lock is one d_step.
 * spin -DN=3 -a cancel.pml && gcc -O2 -DSAFETY -DNOREDUCE -o pan pan.c && ./pan -m10000000
 */
#ifndef N
#define N 3
#endif
#ifndef K
#define K 4
#endif

bool lock;
bool pending[N];
bool cr[N];
bool done[N];

active [N] proctype App()
{
  byte i = _pid;
  byte sent = 0;
  do
  :: d_step { lock == 0 -> lock = 1 };
     pending[i] = 1;
     cr[i] = 1;
     lock = 0;
     done[i] == 1;
     done[i] = 0;
     sent = (sent + 1) % K
  od
}

active [N] proctype Miniport()
{
  byte i = _pid - N;
  do
  :: d_step { pending[i] == 1 && lock == 0 -> lock = 1 };
     if
     :: cr[i] == 1 -> cr[i] = 0; pending[i] = 0; lock = 0; done[i] = 1
     :: else -> lock = 0
     fi
  od
}

active [N] proctype Canceller()
{
  byte i = _pid - 2 * N;
  do
  :: pending[i] == 1;
     d_step { lock == 0 -> lock = 1 };
     if
     :: cr[i] == 1 -> cr[i] = 0; pending[i] = 0; lock = 0; done[i] = 1
     :: else -> lock = 0
     fi
  od
}
